package io.herald.devstack;

import java.util.List;
import java.util.Map;

import io.herald.events.EventContract;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/** The topics a Herald stack creates before its services start. */
public final class HeraldTopics {

    private HeraldTopics() {
    }

    /**
     * {@code articles.submitted} keeps every record forever ({@code retention.ms=-1}): the catalog and the
     * renditions can be rebuilt from it. The others keep Kafka's default retention.
     */
    public static List<NewTopic> all() {
        return List.of(
                topic(EventContract.ARTICLES_SUBMITTED).configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")),
                topic(EventContract.ARTICLES_RENDERED),
                topic(EventContract.ARTICLES_SUBMITTED_CATALOG_DLQ),
                topic(EventContract.ARTICLES_SUBMITTED_RENDER_DLQ));
    }

    private static NewTopic topic(String name) {
        return new NewTopic(name, EventContract.DEFAULT_PARTITIONS, (short) 1);
    }
}
