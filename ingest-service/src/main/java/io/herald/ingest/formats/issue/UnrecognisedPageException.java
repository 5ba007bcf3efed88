package io.herald.ingest.formats.issue;

/** The text is not a newspaper page this parser can read; {@link #rule()} says what a page must have. */
public class UnrecognisedPageException extends RuntimeException {

    private final String rule;

    public UnrecognisedPageException(String rule) {
        super(rule);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
