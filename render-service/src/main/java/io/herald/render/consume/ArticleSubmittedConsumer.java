package io.herald.render.consume;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.herald.events.ArticleRendered;
import io.herald.events.ArticleSubmitted;
import io.herald.events.DatabaseRetry;
import io.herald.events.SubmittedEvent;
import io.herald.render.RenderConfig;
import io.herald.render.metrics.RenderMetrics;
import io.herald.render.outbox.Outbox;
import io.herald.render.rendering.ArticleRenderer;
import io.herald.render.store.ProcessedEventRepository;
import io.herald.render.store.Rendition;
import io.herald.render.store.RenditionRepository;
import io.herald.service.tracing.TraceHeaders;
import io.herald.service.tracing.Traces;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Renders each articles.submitted event, in one transaction: the event is recorded as processed, the
 * article's rendition is replaced if the revision is newer than the stored one, and an articles.rendered
 * event is queued in the outbox. The offset is committed after the transaction; a record that breaks the
 * contract (no CloudEvents id, another {@code ce_type}, a value that is no {@code ArticleSubmitted}) is rejected and
 * goes to the dead-letter topic with its original bytes. While the database does not answer, the event waits
 * and is rendered again every {@code herald.render.consume.database-retry} until it does: a valid event never
 * becomes a dead letter because PostgreSQL is down (readiness reports the database DOWN meanwhile). Once the
 * transaction committed, the rendition and the event's age are counted ({@link RenderMetrics}). Each record is
 * rendered in a span of its article's trace (the record's {@code traceparent}), which the queued event goes on with.
 */
@ApplicationScoped
public class ArticleSubmittedConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleSubmittedConsumer.class);

    private final ProcessedEventRepository processedEvents;
    private final RenditionRepository renditions;
    private final ArticleRenderer renderer;
    private final Outbox outbox;
    private final RenderMetrics metrics;
    private final Duration databaseRetry;
    private final Traces traces;

    ArticleSubmittedConsumer(ProcessedEventRepository processedEvents, RenditionRepository renditions,
            ArticleRenderer renderer, Outbox outbox, RenderMetrics metrics, RenderConfig config, Traces traces) {
        this.processedEvents = processedEvents;
        this.renditions = renditions;
        this.renderer = renderer;
        this.outbox = outbox;
        this.metrics = metrics;
        this.databaseRetry = config.consume().databaseRetry();
        this.traces = traces;
    }

    @Incoming("articles-submitted")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        traces.run(traces.span("render article", SpanKind.CONSUMER, TraceHeaders.read(record.headers())),
                () -> renderOnceTheDatabaseAnswers(record));
    }

    private void renderOnceTheDatabaseAnswers(ConsumerRecord<String, byte[]> record) {
        SubmittedEvent submitted = SubmittedEvent.decode(record);
        Span.current().setAttribute(Traces.ARTICLE_ID, submitted.event().articleId())
                .setAttribute(Traces.REVISION, (long) submitted.event().revision());
        ArticleRendered.Status rendered = DatabaseRetry.untilTheDatabaseAnswers(
                () -> QuarkusTransaction.requiringNew().call(() -> render(submitted)), databaseRetry,
                (failure, attempt) -> LOG.warnf("The database did not answer (%s); event at %s-%d offset %d "
                + "waits and is rendered again in %s (attempt %d). Check that PostgreSQL is running and reachable.",
                failure.getMessage(), record.topic(), record.partition(), record.offset(), databaseRetry, attempt));
        metrics.consumed(record, rendered);
    }

    /** Renders the event unless it is a repeat or an older revision; returns the rendition's status, or null. */
    private ArticleRendered.Status render(SubmittedEvent submitted) {
        String eventId = submitted.eventId();
        ArticleSubmitted article = submitted.event();
        if (!processedEvents.claim(submitted)) {
            LOG.debugf("event %s was processed before; ignored", eventId);
            return null;
        }
        Rendition current = renditions.findForUpdate(article.articleId());
        if (current != null && current.revision >= article.revision()) {
            LOG.infof("article %s revision %d ignored: revision %d is current", article.articleId(),
                    article.revision(), current.revision);
            return null;
        }
        Rendition rendition = current == null ? new Rendition() : current;
        ArticleRenderer.Rendered rendered = renderer.render(article);
        rendition.renderedFrom(eventId, article, rendered.webHtml(), rendered.wechat());
        renditions.persist(rendition);
        outbox.articleRendered(rendition);
        LOG.infof("article %s revision %d rendered (%s)", article.articleId(), article.revision(), article.pubStatus());
        return rendition.status();
    }
}
