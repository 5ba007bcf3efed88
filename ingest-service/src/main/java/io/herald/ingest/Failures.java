package io.herald.ingest;

/** Reading a failure's chain of causes. */
public final class Failures {

    private Failures() {
    }

    /** The first of {@code failure} and its causes that is a {@code type}, or null. */
    public static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
