package io.herald.ingest.bulk;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.herald.service.problem.FieldError;


/**
 * What became of one line of a bulk request: an accepted article, the line's invalid fields, or a send
 * that Kafka did not acknowledge (send that line again).
 *
 * @param line      1-based line number in the request body
 * @param articleId the accepted article's id
 * @param revision  the accepted revision
 * @param eventId   the event's {@code ce_id}
 * @param errors    why the line was rejected, one entry per invalid field
 * @param error     {@value #NOT_ACKNOWLEDGED} when the event log did not acknowledge the line in time
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineResult(int line, String articleId, Integer revision, String eventId, List<FieldError> errors,
        String error) {

    public static final String NOT_ACKNOWLEDGED = "not acknowledged";

    public static LineResult accepted(int line, String articleId, int revision, String eventId) {
        return new LineResult(line, articleId, revision, eventId, null, null);
    }

    public static LineResult invalid(int line, List<FieldError> errors) {
        return new LineResult(line, null, null, null, errors, null);
    }

    public static LineResult notAcknowledged(int line) {
        return new LineResult(line, null, null, null, null, NOT_ACKNOWLEDGED);
    }

    public boolean isAccepted() {
        return articleId != null;
    }
}
