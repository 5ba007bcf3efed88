package io.herald.render;

/** A path or query parameter that breaks its rule, e.g. a page that is not a number. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String rule;

    public InvalidParameterException(String parameter, String rule, String value) {
        super(parameter + " " + rule + ", got \"" + value + "\"");
        this.parameter = parameter;
        this.rule = rule;
    }

    public String parameter() {
        return parameter;
    }

    public String rule() {
        return rule;
    }
}
