package io.herald.service.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReaderVisibilityTest {

    @Test
    void oneRuleInSqlOnAnAliasAndInHql() {
        assertEquals("a.pub_status = 'USABLE' and (a.embargo_until is null or a.embargo_until <= current_timestamp)",
                ReaderVisibility.sql("a"));
        assertEquals("pubStatus = 'USABLE' and (embargoUntil is null or embargoUntil <= current_timestamp)",
                ReaderVisibility.hql());
    }
}
