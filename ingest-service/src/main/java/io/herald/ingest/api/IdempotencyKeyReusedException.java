package io.herald.ingest.api;

import io.herald.service.problem.ProblemException;

/** An {@code Idempotency-Key} sent again with a different request: a 422 {@code idempotency-key-reused} problem. */
public class IdempotencyKeyReusedException extends ProblemException {

    public IdempotencyKeyReusedException(String key) {
        super("idempotency-key-reused", "Idempotency-Key reused", 422, "Idempotency-Key " + key
                + " was already used with a different request; send a new key for new content.");
    }
}
