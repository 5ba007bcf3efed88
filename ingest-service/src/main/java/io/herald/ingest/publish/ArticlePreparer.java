package io.herald.ingest.publish;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.herald.events.EventJson;
import io.herald.ingest.article.ArticleIds;
import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.article.ArticleRequestMapper;
import io.herald.ingest.config.IngestConfig;

/**
 * Reads what a submitted article says, once: its content hash and its size. Both come from the event it becomes,
 * serialized as Kafka will carry it, with the revision left out and every time that ingest would take from the
 * time of receipt fixed, so that an identical retry hashes the same however late it comes.
 */
@Singleton
public class ArticlePreparer {

    /** The revision and receipt time of the event that is hashed: constants, so they never change the hash. */
    private static final int ANY_REVISION = 0;
    private static final Instant ANY_RECEIPT = Instant.EPOCH;

    private final ArticleRequestMapper mapper;
    private final ObjectMapper json;
    private final int maxArticleBytes;

    @Inject
    public ArticlePreparer(ArticleRequestMapper mapper, ObjectMapper json, IngestConfig config) {
        this.mapper = mapper;
        this.json = json;
        this.maxArticleBytes = config.maxArticleBytes();
    }

    /**
     * @throws ArticleTooLargeException if the article's event would be larger than {@code herald.ingest.max-article-bytes}
     */
    public PreparedArticle prepare(ArticleRequest request, String source, Instant receivedAt) {
        String articleId = ArticleIds.articleId(source, request.sourceId());
        byte[] content = EventJson.write(mapper.toEvent(request, articleId, ANY_REVISION, source, ANY_RECEIPT));
        if (content.length > maxArticleBytes) {
            throw new ArticleTooLargeException(largestField(content), content.length, maxArticleBytes);
        }
        return new PreparedArticle(articleId, request.revision(), sha256(content), receivedAt,
                revision -> mapper.toEvent(request, articleId, revision, source, receivedAt));
    }

    /** The top-level field of the event that takes the most bytes: what the source should look at. */
    private String largestField(byte[] content) {
        try {
            String largest = null;
            int largestSize = -1;
            for (Iterator<Map.Entry<String, JsonNode>> fields = json.readTree(content).fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                int size = field.getValue().toString().getBytes(UTF_8).length;
                if (size > largestSize) {
                    largest = field.getKey();
                    largestSize = size;
                }
            }
            return largest;
        } catch (IOException e) {
            throw new IllegalStateException("ingest cannot read the event it wrote", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
