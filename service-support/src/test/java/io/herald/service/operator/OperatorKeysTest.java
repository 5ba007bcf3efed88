package io.herald.service.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OperatorKeysTest {

    @Test
    void namesTheKeyPresented() {
        OperatorKeys keys = OperatorKeys.parse("alice:k3y-1, ci : k3y-2 ,ops:with:colons");
        assertEquals(List.of("alice", "ci", "ops"), keys.names());
        assertEquals(Optional.of("alice"), keys.nameOf("k3y-1"));
        assertEquals(Optional.of("ci"), keys.nameOf("k3y-2"));
        assertEquals(Optional.of("ops"), keys.nameOf("with:colons"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "k3y-3", "k3y-", "k3y-1 ", "K3Y-1", "alice", "alice:k3y-1", "" })
    void refusesAnythingButAKeyItself(String presented) {
        assertEquals(Optional.empty(), OperatorKeys.parse("alice:k3y-1,ci:k3y-2").nameOf(presented));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "  " })
    void blankMeansNoKey(String setting) {
        OperatorKeys keys = OperatorKeys.parse(setting);
        assertTrue(keys.isEmpty());
        assertEquals(Optional.empty(), keys.nameOf(""));
    }

    @ParameterizedTest
    @ValueSource(strings = { "s3cret-only", "alice:", ":s3cret-only", "alice:k3y-1,", "alice:k3y-1,,ci:s3cret-only",
            " : " })
    void refusesAnEntryThatIsNotNameColonKeyWithoutRepeatingIt(String setting) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OperatorKeys.parse(setting));
        assertTrue(e.getMessage().contains("is not name:key"), e.getMessage());
        assertTrue(e.getMessage().startsWith("herald.operator.keys (HERALD_OPERATOR_KEYS): entry "), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }

    @Test
    void refusesANameWithSpacesOrControlCharactersWithoutRepeatingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OperatorKeys.parse("alice:k3y-1,s3cret part:k3y-2"));
        assertTrue(e.getMessage().contains("the name of entry 2 of 2 must be"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }

    @Test
    void refusesANameGivenTwice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OperatorKeys.parse("alice:k3y-1,ci:k3y-2,alice:k3y-3"));
        assertTrue(e.getMessage().contains("the name 'alice' is given twice"), e.getMessage());
        assertFalse(e.getMessage().contains("k3y"), e.getMessage());
    }

    @Test
    void refusesOneKeyUnderTwoNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OperatorKeys.parse("alice:k3y-1,ci:k3y-1"));
        assertTrue(e.getMessage().contains("'alice' and 'ci' have the same key"), e.getMessage());
        assertFalse(e.getMessage().contains("k3y"), e.getMessage());
    }
}
