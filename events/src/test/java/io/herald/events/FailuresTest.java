package io.herald.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void theReasonIsAContractViolationsOwnMessageElseTheMessageWithItsRootCause() {
        assertEquals("header ce_id is missing", Failures.reason(new InvalidEventException("header ce_id is missing",
                new IllegalStateException("inside"))));
        assertEquals("could not apply: connection refused", Failures.reason(
                new IllegalStateException("could not apply", new SQLException("connection refused"))));
        assertEquals("connection refused here", Failures.reason(
                new IllegalStateException("connection refused here", new SQLException("connection refused"))));
        assertEquals("NullPointerException", Failures.reason(new NullPointerException()));
    }

    @Test
    void theCauseOfAKindIsFoundAlongTheChain() {
        SQLException root = new SQLException("connection refused");
        IllegalStateException failure = new IllegalStateException("could not apply", root);

        assertEquals(root, Failures.causeOf(failure, SQLException.class));
        assertEquals(failure, Failures.causeOf(failure, RuntimeException.class));
        assertNull(Failures.causeOf(failure, InvalidEventException.class));
    }
}
