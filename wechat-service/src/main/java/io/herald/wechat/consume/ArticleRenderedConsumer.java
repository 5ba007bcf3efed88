package io.herald.wechat.consume;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.herald.events.ArticleRendered;
import io.herald.events.DatabaseRetry;
import io.herald.events.InvalidEventException;
import io.herald.service.tracing.TraceHeaders;
import io.herald.service.tracing.Traceparent;
import io.herald.service.tracing.Traces;
import io.herald.wechat.config.AccountScope;
import io.herald.wechat.config.WechatConfig;
import io.herald.wechat.metrics.WechatMetrics;
import io.herald.wechat.store.DeliveryRepository;
import io.herald.wechat.store.ProcessedEventRepository;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Records each {@code articles.rendered} event as the wanted state of its article on every configured account that
 * takes it ({@link AccountScope}), in one transaction with the event's id in the processed-event ledger: an event
 * delivered twice changes nothing, an older revision after a newer one changes nothing. An account that had the
 * article but does not take this revision (it moved to another section, say) has it withdrawn, as after a kill,
 * with the reason. The record's offset is committed after the transaction; the WeChat calls happen afterwards
 * ({@link io.herald.wechat.delivery.DeliveryWorker}), so a slow or failing WeChat never holds back the topic. A
 * record that breaks the event contract is rejected: it goes to the dead-letter topic with its original bytes and
 * the reason ({@code dead-letter-reason}), and the records after it flow. While the database does not answer, the
 * record waits and is applied again: a valid event never becomes a dead letter because PostgreSQL is down. The
 * event's age is counted once its transaction committed ({@link WechatMetrics}). Each record is applied in a span of
 * its article's trace (its {@code traceparent}), which the deliveries keep for the WeChat calls.
 */
@ApplicationScoped
public class ArticleRenderedConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleRenderedConsumer.class);

    private final ProcessedEventRepository ledger;
    private final DeliveryRepository deliveries;
    private final Map<String, AccountScope> scopes = new TreeMap<>();
    private final Duration databaseRetry;
    private final String deadLetterTopic;
    private final WechatMetrics metrics;
    private final Traces traces;

    ArticleRenderedConsumer(ProcessedEventRepository ledger, DeliveryRepository deliveries, WechatConfig config,
            WechatMetrics metrics, @ConfigProperty(name = "mp.messaging.incoming.articles-rendered.dead-letter-queue.topic")
            String deadLetterTopic, Traces traces) {
        this.ledger = ledger;
        this.deliveries = deliveries;
        config.accounts().forEach((name, account) -> scopes.put(name, AccountScope.of(name, account)));
        this.databaseRetry = config.consume().databaseRetry();
        this.deadLetterTopic = deadLetterTopic;
        this.metrics = metrics;
        this.traces = traces;
    }

    @Incoming("articles-rendered")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        traces.run(traces.span("wechat record announcement", SpanKind.CONSUMER, TraceHeaders.read(record.headers())),
                () -> apply(record));
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        RenderedRecord rendered;
        try {
            rendered = RenderedRecord.decode(record);
        } catch (InvalidEventException e) {
            LOG.errorf("%s partition %d offset %d (key %s) breaks the event contract: %s. It is parked on %s with its"
                    + " original bytes and this reason (header dead-letter-reason); the records after it are applied",
                    record.topic(), record.partition(), record.offset(), record.key(), e.getMessage(),
                    deadLetterTopic);
            throw e;
        }
        String eventId = rendered.cloudEvent().id();
        ArticleRendered event = rendered.event();
        Span.current().setAttribute(Traces.ARTICLE_ID, event.articleId())
                .setAttribute(Traces.REVISION, (long) event.revision());
        String traceparent = Traceparent.of(Context.current());
        DatabaseRetry.untilTheDatabaseAnswers(() -> QuarkusTransaction.requiringNew().call(() -> {
            if (ledger.claim(eventId, event.articleId(), event.revision())) {
                scopes.forEach((account, scope) -> scope.refusal(event.origin()).ifPresentOrElse(
                        refusal -> withdrawIfHad(account, event, refusal, traceparent),
                        () -> deliveries.want(account, event, traceparent)));
            }
            return null;
        }), databaseRetry, (failure, attempt) -> LOG.warnf("The database did not answer (%s); articles.rendered"
                + " event %s waits and is applied again in %s (attempt %d)", failure.getMessage(), eventId,
                databaseRetry, attempt));
        metrics.consumed(record);
    }

    private void withdrawIfHad(String account, ArticleRendered event, String refusal, String traceparent) {
        if (deliveries.withdraw(account, event, refusal, traceparent)) {
            LOG.infof("Article %s revision %d is withdrawn from account %s: %s", event.articleId(), event.revision(),
                    account, refusal);
        }
    }
}
