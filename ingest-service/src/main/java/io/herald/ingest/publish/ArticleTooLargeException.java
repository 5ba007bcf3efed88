package io.herald.ingest.publish;

import java.util.List;

import io.herald.service.problem.FieldError;
import io.herald.service.problem.ProblemException;

/**
 * An article larger than Herald carries: refused for good (a 413 {@code article-too-large} problem naming the
 * field to shorten), never retried.
 *
 * @see io.herald.ingest.config.IngestConfig#maxArticleBytes()
 */
public class ArticleTooLargeException extends ProblemException {

    private static final String TYPE = "article-too-large";
    private static final String TITLE = "Article too large";

    private final String field;
    private final String rule;
    private final int size;
    private final int limit;

    /** Found at intake: the article's event is {@code size} bytes, {@code field} the largest part of it. */
    public ArticleTooLargeException(String field, int size, int limit) {
        this(field, size, limit, field);
    }

    private ArticleTooLargeException(String field, int size, int limit, String largestField) {
        this(field, intakeRule(size, limit, largestField), size, limit, "The article is " + size + " bytes as an event; "
                + "Herald accepts at most " + limit + " bytes (herald.ingest.max-article-bytes). Shorten " + field
                + " or split the article.", null);
    }

    /** Refused by Kafka: the record is larger than the producer or the topic allow. */
    public ArticleTooLargeException(String articleId, Throwable cause) {
        this(null, "must fit in one Kafka record (the producer's max.request.size and the topic's max.message.bytes)",
                -1, -1, "Kafka refused the event of article " + articleId + " as too large: " + cause.getMessage()
                        + " Shorten the article; retrying the same content cannot succeed.", cause);
    }

    private ArticleTooLargeException(String field, String rule, int size, int limit, String detail, Throwable cause) {
        super(TYPE, TITLE, 413, detail, List.of(new FieldError(field, rule)), detail, cause);
        this.field = field;
        this.rule = rule;
        this.size = size;
        this.limit = limit;
    }

    /** The same refusal, for a format that names the largest field {@code field}. */
    public ArticleTooLargeException as(String field) {
        return this.field == null ? this : new ArticleTooLargeException(field, size, limit, this.field);
    }

    /** The field to shorten, when known. */
    public String field() {
        return field;
    }

    /** The limit, in words. */
    public String rule() {
        return rule;
    }

    private static String intakeRule(int size, int limit, String largestField) {
        return "the whole article must be at most " + limit + " bytes as an event (it is " + size + " bytes; "
                + largestField + " is its largest field)";
    }
}
