package io.herald.console.deadletters;

/**
 * The headers a consumer adds to the records it parks (those of SmallRye's Kafka dead-letter queue, which the
 * catalog writes too), besides the original record's own.
 */
public final class DeadLetterHeaders {

    /** Every one of them starts so; none is written back when a letter is re-driven. */
    public static final String PREFIX = "dead-letter-";
    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    /** Added by the console to a record it writes back: the letter it came from, {@code topic/partition/offset}. */
    public static final String REDRIVEN_FROM = "herald-redriven-from";

    private DeadLetterHeaders() {
    }
}
