package io.herald.devstack;

import java.util.HashMap;
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
     * The largest record batch every Herald topic takes ({@code max.message.bytes}): 2 MiB. Ingest accepts
     * articles up to 1 MiB as an event ({@code herald.ingest.max-article-bytes}) and sends records up to 2 MiB
     * ({@code max.request.size}); a dead-letter copy or a rendition of such an article (its HTML and WeChat
     * payload) must fit too. Kafka's own default (1 MiB + 12 bytes) would refuse an article near the limit.
     */
    public static final int MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

    /**
     * {@code articles.submitted} keeps every record forever ({@code retention.ms=-1}): the catalog and the
     * renditions can be rebuilt from it. The others keep Kafka's default retention. All take records of up to
     * {@link #MAX_MESSAGE_BYTES}.
     */
    public static List<NewTopic> all() {
        return List.of(
                topic(EventContract.ARTICLES_SUBMITTED, Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")),
                topic(EventContract.ARTICLES_RENDERED, Map.of()),
                topic(EventContract.ARTICLES_SUBMITTED_CATALOG_DLQ, Map.of()),
                topic(EventContract.ARTICLES_SUBMITTED_RENDER_DLQ, Map.of()),
                topic(EventContract.ARTICLES_RENDERED_WECHAT_DLQ, Map.of()));
    }

    private static NewTopic topic(String name, Map<String, String> configs) {
        Map<String, String> all = new HashMap<>(configs);
        all.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(MAX_MESSAGE_BYTES));
        return new NewTopic(name, EventContract.DEFAULT_PARTITIONS, (short) 1).configs(all);
    }
}
