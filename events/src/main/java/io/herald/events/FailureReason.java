package io.herald.events;

/** Why a record could not be read or applied, in the words an operator reads in a dead letter or a rebuild. */
public final class FailureReason {

    private FailureReason() {
    }

    /**
     * A contract violation's own message (it names the field or header), else the failure's message with its root
     * cause's when that adds something.
     */
    public static String of(Throwable failure) {
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
