package io.herald.events;

/** Reading a failure's chain of causes: finding one of a kind, and saying why in the words an operator reads. */
public final class Failures {

    private Failures() {
    }

    /** The first of {@code failure} and its causes that is a {@code type}, or null. */
    public static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /**
     * Why a record could not be read or applied, as a dead letter or a rebuild reports it: a contract violation's own
     * message (it names the field or header), else the failure's message with its root cause's when that adds
     * something.
     */
    public static String reason(Throwable failure) {
        String message = message(failure);
        if (failure instanceof InvalidEventException) {
            return message;
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String rootMessage = message(root);
        return root == failure || message.contains(rootMessage) ? message : message + ": " + rootMessage;
    }

    private static String message(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
