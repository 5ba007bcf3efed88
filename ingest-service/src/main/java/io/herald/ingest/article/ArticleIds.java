package io.herald.ingest.article;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.UUID;

/** How ingest names articles and their events. */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** {@code <source>:<sourceId>}, or {@code <source>:<random UUID>} when the source sent no id of its own. */
    public static String articleId(String source, String sourceId) {
        return source + ":" + (sourceId == null ? UUID.randomUUID() : sourceId);
    }

    /**
     * A name-based UUID of article id and revision: a newsroom retrying the same revision produces the
     * same event id, so consumers drop the duplicate. The revision is digits only, so the name is unambiguous.
     */
    public static UUID eventId(String articleId, int revision) {
        return UUID.nameUUIDFromBytes((articleId + "#" + revision).getBytes(UTF_8));
    }
}
