package io.herald.ingest.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.ingest.auth.IntakeFormat;
import io.herald.service.metrics.LatencyTimers;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What ingest counts: {@value #ACCEPTED} ({@code herald_ingest_accepted_total}) by {@code format} (the intake:
 * {@code json}, {@code bulk}, {@code ninjs}, {@code issue}, {@code superdesk}), articles Kafka acknowledged and whose
 * revision was bound to their content, i.e. what ingest answered as accepted; {@value #ACKNOWLEDGEMENT}
 * ({@code herald_ingest_acknowledgement_seconds}) by {@code format}, from a request's receipt to Kafka's
 * acknowledgement of its last accepted article; {@value #REFUSED} ({@code herald_ingest_refused_total}) by
 * {@code status}, requests answered 4xx or 5xx ({@link RefusedRequests}) and bulk lines refused (as {@code 400}
 * when invalid, {@code 503} when Kafka did not acknowledge them).
 */
@ApplicationScoped
public class IngestMetrics {

    /** Articles accepted, by intake. */
    public static final String ACCEPTED = "herald.ingest.accepted";
    /** Requests' time from receipt to Kafka's acknowledgement, by intake. */
    public static final String ACKNOWLEDGEMENT = "herald.ingest.acknowledgement";
    /** Requests and bulk lines refused, by HTTP status. */
    public static final String REFUSED = "herald.ingest.refused";

    /** The status a bulk line counts as when it is invalid, as a request with only that article would be answered. */
    static final int INVALID_LINE = 400;
    /** The status a bulk line counts as when Kafka did not acknowledge it. */
    static final int UNACKNOWLEDGED_LINE = 503;

    private final MeterRegistry registry;
    private final Map<IntakeFormat, Counter> accepted = new EnumMap<>(IntakeFormat.class);
    private final Map<IntakeFormat, Timer> acknowledgement = new EnumMap<>(IntakeFormat.class);
    private final Clock clock = Clock.systemUTC();

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (IntakeFormat format : IntakeFormat.values()) {
            String tag = format.name().toLowerCase(Locale.ROOT);
            accepted.put(format, Counter.builder(ACCEPTED).description("Articles Kafka acknowledged, by intake")
                    .tag("format", tag).register(registry));
            acknowledgement.put(format, LatencyTimers.builder(ACKNOWLEDGEMENT, "From a request's receipt to Kafka's "
                    + "acknowledgement of its last accepted article, by intake").tag("format", tag).register(registry));
        }
    }

    /** A request by {@code format}, received at {@code receivedAt}, had {@code articles} accepted (none: nothing). */
    public void accepted(IntakeFormat format, int articles, Instant receivedAt) {
        if (articles > 0) {
            accepted.get(format).increment(articles);
            acknowledgement.get(format).record(LatencyTimers.atLeastZero(Duration.between(receivedAt, clock.instant())));
        }
    }

    /** A bulk request's lines that were refused: {@code invalid} ones and those Kafka did not acknowledge. */
    public void refusedLines(int invalid, int unacknowledged) {
        refused(INVALID_LINE, invalid);
        refused(UNACKNOWLEDGED_LINE, unacknowledged);
    }

    /** A request answered {@code status} (4xx or 5xx). */
    void refused(int status) {
        refused(status, 1);
    }

    private void refused(int status, int count) {
        if (count > 0) {
            Counter.builder(REFUSED).description("Requests answered 4xx or 5xx and bulk lines refused, by status")
                    .tag("status", Integer.toString(status)).register(registry).increment(count);
        }
    }
}
