package io.herald.ingest.api;

/** An {@code Idempotency-Key} sent again with a different request: answered 422. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key " + key + " was already used with a different request; send a new key for new content.");
    }
}
