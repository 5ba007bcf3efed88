package io.herald.render.consume;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.herald.events.ArticleSubmitted;
import io.herald.events.SubmittedEvent;
import io.herald.render.RenderConfig;
import io.herald.render.metrics.RenderMetrics;
import io.herald.render.outbox.Outbox;
import io.herald.render.rendering.ArticleRenderer;
import io.herald.render.rendering.RenderPool;
import io.herald.render.store.OutboxEvent;
import io.herald.render.store.ProcessedEventRepository;
import io.herald.render.store.Rendition;
import io.herald.render.store.RenditionRepository;
import io.herald.service.consume.DeadLetterTopic;
import io.herald.service.consume.RecordSpans;
import io.herald.service.consume.SubmittedBatches;
import io.herald.service.consume.SubmittedRecord;
import io.herald.service.tracing.Traces;
import io.opentelemetry.context.Scope;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Renders articles.submitted a poll at a time ({@link SubmittedBatches}), the whole poll in one transaction: its events
 * are recorded as processed and its articles' renditions locked; in offset order, each event whose revision is newer
 * than its article's rendition replaces it (so that several revisions of one article in a poll end with the newest; an
 * older one is ignored) and queues an articles.rendered event in the outbox. The poll's renditions render in parallel
 * ({@link RenderPool}) while they are applied in order and written {@value #WRITE_EVERY} at a time (one JDBC batch, one
 * outbox insert). If that transaction fails for a reason of the records (a value the database refuses), each record
 * gets a transaction of its own and only those that fail again are dead letters. A record that breaks the contract (no
 * CloudEvents id, another {@code ce_type}, a value that is no {@code ArticleSubmitted}) goes to the dead-letter topic
 * with its original bytes and the {@code dead-letter-*} headers. The offsets are committed after the transactions
 * committed and Kafka acknowledged the dead letters. While the database does not answer, the poll waits and is rendered
 * again every {@code herald.render.consume.database-retry} until it does: a valid event never becomes a dead letter
 * because PostgreSQL is down (readiness reports the database DOWN meanwhile). Once committed, the renditions and the
 * events' ages are counted ({@link RenderMetrics}). Each record is rendered in its span {@value #SPAN} of its article's
 * trace (the record's {@code traceparent}), which the queued event goes on with, and the span says what came of it
 * ({@value #OUTCOME}: a {@link RenderOutcome}, or {@value RecordSpans#DEAD_LETTER}).
 */
@ApplicationScoped
public class ArticleSubmittedConsumer implements SubmittedBatches.Work<RenderOutcome> {

    /** Each record's span. */
    static final String SPAN = "render article";
    /** What came of the record. */
    static final String OUTCOME = "herald.render.outcome";
    private static final String DEAD_LETTERS = "render-dead-letters";
    /** Renditions written (one JDBC batch, one outbox insert) this many at a time, while the next ones render. */
    private static final int WRITE_EVERY = 25;
    private static final Logger LOG = Logger.getLogger(ArticleSubmittedConsumer.class);

    private final ProcessedEventRepository processedEvents;
    private final RenditionRepository renditions;
    private final RenderPool renderPool;
    private final Outbox outbox;
    private final RenderMetrics metrics;
    private final SubmittedBatches<RenderOutcome> batches;

    ArticleSubmittedConsumer(ProcessedEventRepository processedEvents, RenditionRepository renditions,
            RenderPool renderPool, Outbox outbox, RenderMetrics metrics, RenderConfig config, Traces traces,
            @Channel(DEAD_LETTERS) MutinyEmitter<byte[]> deadLetters,
            @ConfigProperty(name = "mp.messaging.outgoing." + DEAD_LETTERS + ".topic") String deadLetterTopic) {
        this.processedEvents = processedEvents;
        this.renditions = renditions;
        this.renderPool = renderPool;
        this.outbox = outbox;
        this.metrics = metrics;
        this.batches = new SubmittedBatches<>(
                new DeadLetterTopic(deadLetters, deadLetterTopic, config.deadLetters().sendTimeout()),
                new RecordSpans(traces, SPAN, OUTCOME), config.consume().databaseRetry(), metrics::batchFellBack,
                metrics::deadLettered);
    }

    @Incoming("articles-submitted")
    @Blocking
    public void consume(ConsumerRecords<byte[], byte[]> records) {
        batches.consume(records, this);
    }

    @Override
    public List<RenderOutcome> applyAll(List<SubmittedRecord> records, RecordSpans.Batch spans) {
        List<SubmittedEvent> events = records.stream().map(SubmittedRecord::event).toList();
        Set<String> unprocessed = processedEvents.claim(events);
        Map<String, Rendition> current = renditions.lockAll(events.stream()
                .map(submitted -> submitted.event().articleId()).toList());
        List<Step> steps = plan(events, unprocessed, current);
        try {
            List<RenderOutcome> outcomes = new ArrayList<>(records.size());
            List<OutboxEvent> announcements = new ArrayList<>(records.size());
            for (int i = 0; i < records.size(); i++) {
                Step step = steps.get(i);
                try (Scope scope = spans.makeCurrent(records.get(i))) {
                    outcomes.add(step.rendering() == null ? step.ignored()
                            : replace(events.get(i), RenderPool.joined(step.rendering()), current, announcements));
                }
                if (announcements.size() == WRITE_EVERY) {
                    write(announcements);
                }
            }
            write(announcements);
            return outcomes;
        } finally {
            steps.stream().map(Step::rendering).filter(Objects::nonNull).forEach(rendering -> rendering.cancel(false));
        }
    }

    /**
     * Writes the renditions replaced so far and queues {@code announcements} in the outbox (after those queued before),
     * then empties it: a database error is thrown here rather than at commit.
     */
    private void write(List<OutboxEvent> announcements) {
        outbox.queue(announcements);
        renditions.flush();
        announcements.clear();
    }

    /** What the poll does with one of its events: ignores it, or replaces its article's rendition with a rendering. */
    private record Step(RenderOutcome ignored, CompletableFuture<ArticleRenderer.Rendered> rendering) {
    }

    /**
     * Decides, in offset order, which events replace their article's rendition: the first under its id among
     * {@code unprocessed}, if newer than its article's rendition in {@code current} and than the poll's earlier
     * events of the article; and starts rendering those on the pool, so that they render in parallel.
     */
    private List<Step> plan(List<SubmittedEvent> events, Set<String> unprocessed, Map<String, Rendition> current) {
        Map<String, Integer> newest = new HashMap<>();
        current.forEach((articleId, rendition) -> newest.put(articleId, rendition.revision));
        List<Step> steps = new ArrayList<>(events.size());
        for (SubmittedEvent submitted : events) {
            ArticleSubmitted article = submitted.event();
            Integer revision = newest.get(article.articleId());
            if (!unprocessed.remove(submitted.eventId())) {
                LOG.debugf("event %s was processed before; ignored", submitted.eventId());
                steps.add(new Step(RenderOutcome.DUPLICATE, null));
            } else if (revision != null && revision >= article.revision()) {
                LOG.infof("article %s revision %d ignored: revision %d is current", article.articleId(),
                        article.revision(), revision);
                steps.add(new Step(RenderOutcome.HISTORY, null));
            } else {
                newest.put(article.articleId(), article.revision());
                steps.add(new Step(null, renderPool.start(article)));
            }
        }
        return steps;
    }

    /**
     * Replaces the article's rendition in {@code current} (or makes its first) with {@code rendered}; adds the event
     * announcing it, in the current trace, to {@code announcements}.
     */
    private RenderOutcome replace(SubmittedEvent submitted, ArticleRenderer.Rendered rendered,
            Map<String, Rendition> current, List<OutboxEvent> announcements) {
        ArticleSubmitted article = submitted.event();
        Rendition rendition = current.computeIfAbsent(article.articleId(), articleId -> new Rendition());
        rendition.renderedFrom(submitted.eventId(), article, rendered.webHtml(), rendered.wechat());
        renditions.persist(rendition);
        announcements.add(outbox.event(rendition));
        LOG.infof("article %s revision %d rendered (%s)", article.articleId(), article.revision(), article.pubStatus());
        return RenderOutcome.rendered(rendition.status());
    }

    @Override
    public void applied(SubmittedRecord record, RenderOutcome outcome) {
        metrics.consumed(record.origin(), outcome.status());
    }
}
