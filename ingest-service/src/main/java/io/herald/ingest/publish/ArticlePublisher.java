package io.herald.ingest.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import io.herald.events.ArticleSubmitted;
import io.herald.events.CloudEvent;
import io.herald.events.EventContract;
import io.herald.events.Failures;
import io.herald.ingest.article.ArticleIds;
import io.herald.ingest.config.IngestConfig;
import io.herald.service.tracing.TraceHeaders;
import io.herald.service.tracing.Traces;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaProducer;

/**
 * Writes {@link ArticleSubmitted} events to {@link EventContract#ARTICLES_SUBMITTED}, keyed by article id,
 * with their CloudEvents attributes as headers. The channel's producer settings (acks, idempotence,
 * timeouts) live in {@code application.properties}.
 * <p>
 * Records go straight to the channel's Kafka producer ({@link KafkaClientService}) rather than through an
 * emitter: the emitter's per-message pipeline (buffering, context propagation, retries) cost bulk intake about
 * a fifth of its throughput, and the producer already retries, orders and acknowledges each record. So this class
 * traces the send itself: a producer span, child of the request's, from the send to Kafka's acknowledgement, whose
 * context the record carries in its {@code traceparent} header (the article's trace, which every service continues).
 */
@ApplicationScoped
public class ArticlePublisher {

    /** The outgoing channel; its {@code topic} is {@link EventContract#ARTICLES_SUBMITTED}. */
    public static final String CHANNEL = "articles-submitted";

    private static final Logger LOG = Logger.getLogger(ArticlePublisher.class);

    private final KafkaProducer<String, ArticleSubmitted> producer;
    private final String topic;
    private final Duration timeout;
    private final Duration retryAfter;
    private final String bootstrapServers;
    private final Traces traces;

    /**
     * The emitter is never used: injecting it is what connects the outgoing channel, so that SmallRye creates
     * (and health-checks) the producer this class sends with.
     */
    @Inject
    public ArticlePublisher(@Channel(CHANNEL) MutinyEmitter<ArticleSubmitted> channel, KafkaClientService clients,
            @ConfigProperty(name = "mp.messaging.outgoing." + CHANNEL + ".topic") String topic, IngestConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, Traces traces) {
        this.producer = clients.getProducer(CHANNEL);
        this.topic = topic;
        this.timeout = config.publishTimeout();
        this.retryAfter = config.retryAfter();
        this.bootstrapServers = bootstrapServers;
        this.traces = traces;
    }

    /**
     * Sends one revision. The returned Uni yields the event's CloudEvents attributes once Kafka has
     * acknowledged the record, and fails with {@link PublishFailedException} if the send fails or the
     * acknowledgement does not arrive within {@code herald.ingest.publish-timeout}, or with
     * {@link ArticleTooLargeException} if Kafka refuses the record as too large (not worth a retry).
     */
    public Uni<CloudEvent> publish(ArticleSubmitted article, Instant time) {
        CloudEvent event = new CloudEvent(
                ArticleIds.eventId(article.articleId(), article.revision()).toString(),
                EventContract.TYPE_ARTICLE_SUBMITTED,
                "/ingest/" + article.source().name(),
                article.articleId(),
                time);
        Context request = Context.current();
        return Uni.createFrom().deferred(() -> {
            Span span = traces.span(topic + " publish", SpanKind.PRODUCER, request)
                    .setAttribute(Traces.ARTICLE_ID, article.articleId())
                    .setAttribute(Traces.REVISION, (long) article.revision())
                    .startSpan();
            Headers headers = new RecordHeaders(event.toHeaders());
            TraceHeaders.write(request.with(span), headers);
            return producer.send(new ProducerRecord<>(topic, null, article.articleId(), article, headers))
                    .onTermination().invoke((acknowledged, failure, cancelled) -> Traces.end(span, cancelled
                            ? new CancellationException("no acknowledgement within " + timeout) : failure));
        })
                .ifNoItem().after(timeout).fail()
                .onFailure().transform(failure -> {
                    RecordTooLargeException tooLarge = Failures.causeOf(failure, RecordTooLargeException.class);
                    if (tooLarge != null) {
                        LOG.warnf("Kafka refused event %s (article %s, revision %d) as too large: %s. Answering 413; "
                                + "herald.ingest.max-article-bytes should stay below the producer's max.request.size "
                                + "and the topic's max.message.bytes.", event.id(), article.articleId(),
                                article.revision(), tooLarge.getMessage());
                        return new ArticleTooLargeException(article.articleId(), tooLarge);
                    }
                    LOG.warnf("Kafka at %s did not acknowledge event %s (article %s, revision %d) within the publish "
                            + "timeout of %d ms: %s. Answering 503; check that the brokers are reachable, or raise "
                            + "herald.ingest.publish-timeout.", bootstrapServers, event.id(), article.articleId(),
                            article.revision(), timeout.toMillis(), failure);
                    return new PublishFailedException("Kafka did not acknowledge event " + event.id(), failure, retryAfter);
                })
                .replaceWith(event);
    }
}
