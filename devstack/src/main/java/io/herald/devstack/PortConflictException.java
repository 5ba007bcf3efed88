package io.herald.devstack;

/** A port the stack needs is taken, or given to two parts of the stack; nothing was started. */
public final class PortConflictException extends RuntimeException {

    PortConflictException(String message) {
        super(message);
    }
}
