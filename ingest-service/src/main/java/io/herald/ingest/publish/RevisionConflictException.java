package io.herald.ingest.publish;

import java.util.List;

import io.herald.service.problem.FieldError;
import io.herald.service.problem.ProblemException;

/**
 * The revision a source sent already stands for other content: a 409 {@code revision-conflict} problem that says
 * which revision to send.
 */
public class RevisionConflictException extends ProblemException {

    private final String articleId;
    private final int revision;
    private final int nextRevision;
    private final String field;

    public RevisionConflictException(String articleId, int revision, int nextRevision) {
        this(articleId, revision, nextRevision, "revision");
    }

    private RevisionConflictException(String articleId, int revision, int nextRevision, String field) {
        super("revision-conflict", "Revision already taken", 409, "Revision " + revision + " of article " + articleId
                + " already stands for other content; send revision " + nextRevision + " to correct the article, or "
                + "leave revision out to get the next one.", List.of(new FieldError(field, rule(nextRevision))));
        this.articleId = articleId;
        this.revision = revision;
        this.nextRevision = nextRevision;
        this.field = field;
    }

    /** The same conflict, for a format that names Herald's {@code revision} {@code field}. */
    public RevisionConflictException as(String field) {
        return new RevisionConflictException(articleId, revision, nextRevision, field);
    }

    /** The revision that stands for other content. */
    public int revision() {
        return revision;
    }

    /** The request's field that holds the revision. */
    public String field() {
        return field;
    }

    /** The article's lowest revision that no content holds: its highest acknowledged (or claimed) one + 1. */
    public int nextRevision() {
        return nextRevision;
    }

    /** The rule for the {@code revision} field, in words. */
    public String rule() {
        return rule(nextRevision);
    }

    private static String rule(int nextRevision) {
        return "must be " + nextRevision + " (the article's next revision) for content other than the revision's, "
                + "or absent";
    }
}
