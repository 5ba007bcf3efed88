package io.herald.render;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import io.herald.events.EventContract;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;

/**
 * What the service's {@code @QuarkusTest}s share: a client of the test broker, and a reader of
 * articles.rendered opened on first use. Subclasses carry {@code @QuarkusTest} and the test resources.
 */
public abstract class RenderServiceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    protected String bootstrapServers;

    protected TestKafka kafka;
    private ConsumerTask<String, byte[]> rendered;

    @BeforeEach
    void connect() {
        kafka = new TestKafka(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        if (rendered != null) {
            rendered.close();
        }
        kafka.close();
    }

    /** Every articles.rendered record read so far, from the beginning of the topic. */
    protected ConsumerTask<String, byte[]> rendered() {
        if (rendered == null) {
            rendered = kafka.read(EventContract.ARTICLES_RENDERED);
        }
        return rendered;
    }
}
