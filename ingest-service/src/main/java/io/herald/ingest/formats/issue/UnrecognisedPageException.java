package io.herald.ingest.formats.issue;

import java.util.List;

import io.herald.service.problem.FieldError;
import io.herald.service.problem.InvalidFieldsException;

/**
 * The text is not a newspaper page this parser can read; {@link #rule()} says what a page must have. Answered as a
 * 400 {@code invalid-request} problem with that rule for the whole body.
 */
public class UnrecognisedPageException extends InvalidFieldsException {

    private final String rule;

    public UnrecognisedPageException(String rule) {
        super("The text is not a newspaper page Herald can read.", List.of(new FieldError(null, rule)));
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
