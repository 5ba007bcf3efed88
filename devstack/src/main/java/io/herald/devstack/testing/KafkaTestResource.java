package io.herald.devstack.testing;

import java.util.Map;

import io.herald.devstack.KafkaBroker;
import io.herald.events.EventContract;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real Kafka broker for a {@code @QuarkusTest} and points {@code kafka.bootstrap.servers}
 * at it. Use with {@code @WithTestResource(KafkaTestResource.class)}. A test field of type {@link KafkaBroker}
 * receives the broker, e.g. to stop and start it.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private KafkaBroker broker;

    @Override
    public Map<String, String> start() {
        broker = KafkaBroker.start(ScratchDirectory.create("kafka"), EventContract.DEFAULT_PARTITIONS);
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
