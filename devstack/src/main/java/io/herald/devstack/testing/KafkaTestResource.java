package io.herald.devstack.testing;

import java.util.Map;

import io.herald.devstack.HeraldTopics;
import io.herald.devstack.KafkaBroker;
import io.herald.devstack.TopicAdmin;
import io.herald.events.EventContract;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real Kafka broker for a {@code @QuarkusTest}, creates Herald's topics with the settings a stack
 * gives them ({@link HeraldTopics}, e.g. records up to 2 MiB), and points {@code kafka.bootstrap.servers} at
 * it. Use with {@code @WithTestResource(KafkaTestResource.class)}.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private KafkaBroker broker;

    @Override
    public Map<String, String> start() {
        broker = KafkaBroker.start(ScratchDirectory.create("kafka"), EventContract.DEFAULT_PARTITIONS);
        TopicAdmin.createMissing(broker.bootstrapServers(), HeraldTopics.all());
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(broker, new TestInjector.MatchesType(KafkaBroker.class));
    }

    @Override
    public void stop() {
        if (broker != null) {
            try {
                broker.close();
            } catch (Exception e) {
                throw new IllegalStateException("Kafka did not stop cleanly", e);
            }
        }
    }
}
