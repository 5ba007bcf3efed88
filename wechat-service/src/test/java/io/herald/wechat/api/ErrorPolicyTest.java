package io.herald.wechat.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorPolicyTest {

    @ParameterizedTest(name = "errcode {0} -> {1}")
    @CsvSource({
            "-1, RETRY_WITH_BACKOFF",
            "45011, BACK_OFF",
            "45009, PAUSE_ACCOUNT",
            "48001, NEEDS_OPERATOR",
            "40164, NEEDS_OPERATOR",
            "45002, FAIL",
            "45003, FAIL",
            "45004, FAIL",
            "40007, FAIL",
            "87014, FAIL",
            "40001, RETRY_BOUNDED",
            "44002, RETRY_BOUNDED",
            "12345, RETRY_BOUNDED"
    })
    void eachErrcodeHasItsOutcome(int errcode, ErrorPolicy.Outcome outcome) {
        assertEquals(outcome, ErrorPolicy.of(errcode));
    }
}
