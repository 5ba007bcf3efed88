package io.herald.devstack;

/** The stack could not start; its message says what failed and where to look. Whatever started was stopped. */
public final class StackStartException extends RuntimeException {

    StackStartException(String message) {
        super(message);
    }

    StackStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
