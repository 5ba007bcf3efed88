package io.herald.catalog.deadletters;

/**
 * What re-driving one dead letter did.
 *
 * @param partition its partition in the dead-letter topic
 * @param offset    its offset there
 * @param key       the original key
 * @param eventId   the event's {@code ce_id}, when it could be read
 * @param outcome   {@code current}, {@code history} or {@code duplicate} when applied, else {@code failed}
 * @param reason    why it failed, when it did
 */
public record RedriveResult(int partition, long offset, String key, String eventId, String outcome, String reason) {

    public boolean applied() {
        return !DeadLetterRedrive.FAILED.equals(outcome);
    }
}
