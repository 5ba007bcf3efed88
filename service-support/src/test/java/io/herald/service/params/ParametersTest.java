package io.herald.service.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.herald.service.problem.FieldError;
import io.herald.service.problem.ProblemException;

class ParametersTest {

    @Test
    void aDateIsYearMonthDay() {
        assertEquals(LocalDate.of(2026, 4, 6), Parameters.date("date", "2026-04-06"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-13-06", "2026-4-6", "yesterday", "+12026-04-06", "" })
    void anythingElseIsRefusedNamingTheParameter(String value) {
        ProblemException refused = assertThrows(ProblemException.class, () -> Parameters.date("from", value));

        assertEquals(400, refused.status());
        assertEquals(List.of(new FieldError("from", Parameters.DATE_RULE)), refused.errors());
        assertTrue(refused.detail().contains("\"" + value + "\""), refused.detail());
    }

    @Test
    void anIntegerInItsBounds() {
        assertEquals(1, Parameters.integer("limit", "1", 1, 100));
        assertEquals(100, Parameters.integer("limit", "100", 1, 100));
        assertEquals(Long.MAX_VALUE, Parameters.integer("offset", String.valueOf(Long.MAX_VALUE), 0, Long.MAX_VALUE));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "101", "ten", "+5", " 5", "1.5", "99999999999999999999" })
    void anIntegerOutOfBoundsOrNoIntegerIsRefused(String value) {
        ProblemException refused = assertThrows(ProblemException.class, () -> Parameters.integer("limit", value, 1, 100));

        assertEquals(List.of(new FieldError("limit", "must be an integer from 1 to 100")), refused.errors());
    }

    @Test
    void anUnboundedIntegerSaysItsLeastAndAParameterMayHaveItsOwnRule() {
        assertEquals(List.of(new FieldError("offset", "must be an integer of at least 0")), assertThrows(
                ProblemException.class, () -> Parameters.integer("offset", "-1", 0, Long.MAX_VALUE)).errors());
        assertEquals(List.of(new FieldError("page", "must be a page number")), assertThrows(ProblemException.class,
                () -> Parameters.integer("page", "0", 1, 9999, "must be a page number")).errors());
    }

    @Test
    void aBooleanIsTrueOrFalse() {
        assertTrue(Parameters.bool("dryRun", "true"));
        assertFalse(Parameters.bool("dryRun", "false"));
        assertEquals(List.of(new FieldError("dryRun", Parameters.BOOLEAN_RULE)),
                assertThrows(ProblemException.class, () -> Parameters.bool("dryRun", "yes")).errors());
    }
}
