package io.herald.wechat.sandbox.operator;

/** An operator request with an invalid field: a 400 RFC 9457 problem naming the field and its rule. */
class InvalidSwitchException extends RuntimeException {

    private final String field;
    private final String rule;

    InvalidSwitchException(String field, String rule) {
        super(field + " " + rule, null, false, false);
        this.field = field;
        this.rule = rule;
    }

    String field() {
        return field;
    }

    String rule() {
        return rule;
    }
}
