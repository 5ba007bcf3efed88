package io.herald.events;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells failures of the database or the connection to it, which say nothing about the record being applied,
 * from failures the record caused (a value PostgreSQL refuses, a broken constraint). Every consumer of Herald
 * events follows this rule: only the latter make a record a dead letter; the former wait for the database.
 */
public final class InfrastructureFailure {

    /**
     * SQLSTATE classes of failures that are not the data's: connection exception, transaction rollback
     * (serialization failure, deadlock), insufficient resources, operator intervention, system error.
     */
    private static final Set<String> SQL_STATE_CLASSES = Set.of("08", "40", "53", "57", "58");

    private InfrastructureFailure() {
    }

    /** Whether {@code failure} comes from a JDBC failure that is not the data's (or has no SQLSTATE at all). */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                return state == null || state.length() < 2 || SQL_STATE_CLASSES.contains(state.substring(0, 2));
            }
        }
        return false;
    }
}
