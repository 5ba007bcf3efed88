package io.herald.ingest.api;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;

import io.herald.ingest.cache.ExpiringMap;
import io.herald.ingest.config.IngestConfig;
import io.smallrye.mutiny.Uni;

/**
 * Honours {@code Idempotency-Key} (and Superdesk's signature, which serves as its key): the same key from the same
 * source with the same request gets the first answer again without a second publish; with a different request it
 * is a 422. Keys live in this
 * instance's memory for {@code herald.ingest.idempotency-ttl}; a failed publish forgets its key.
 */
@ApplicationScoped
public class IdempotentSubmissions {

    private static final String VALID_KEY = "[\\x21-\\x7E]{1,255}";

    /** The first request sent with a key, and its publish, run once; a failure forgets the key. */
    private final class Answer {

        private final Object request;
        private final Uni<SubmissionReceipt> receipt;

        Answer(String scopedKey, Object request, Supplier<Uni<SubmissionReceipt>> publish) {
            this.request = request;
            this.receipt = Uni.createFrom().<SubmissionReceipt>deferred(publish::get)
                    .onFailure().invoke(() -> answers.remove(scopedKey, this))
                    .memoize().indefinitely();
        }
    }

    private final ExpiringMap<String, Answer> answers;
    private final Duration ttl;
    private final Clock clock;

    @Inject
    public IdempotentSubmissions(IngestConfig config) {
        this(config.idempotencyTtl(), config.idempotencyCacheSize(), Clock.systemUTC());
    }

    IdempotentSubmissions(Duration ttl, int capacity, Clock clock) {
        this.answers = new ExpiringMap<>(capacity, clock);
        this.ttl = ttl;
        this.clock = clock;
    }

    /** {@code publish}'s answer, or the one remembered for {@code key}; no key: always {@code publish}. */
    public Uni<SubmissionReceipt> submit(String source, String key, Object request, Supplier<Uni<SubmissionReceipt>> publish) {
        if (key == null) {
            return publish.get();
        }
        if (!key.matches(VALID_KEY)) {
            throw new BadRequestException("Idempotency-Key must be 1 to 255 visible ASCII characters.");
        }
        String scopedKey = source + " " + key;
        Answer created = new Answer(scopedKey, request, publish);
        Answer known = answers.putIfAbsent(scopedKey, created, clock.instant().plus(ttl));
        if (known == null) {
            return created.receipt;
        }
        if (!known.request.equals(request)) {
            throw new IdempotencyKeyReusedException(key);
        }
        return known.receipt;
    }
}
