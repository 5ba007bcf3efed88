package io.herald.render.embargo;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.herald.render.RenderConfig;
import io.herald.render.outbox.Outbox;
import io.herald.render.store.Rendition;
import io.herald.render.store.RenditionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Announces an embargoed article again, as published, once its embargo passed by the database's clock, so that a
 * channel consumer never has to poll. Each release is one rendition's flag cleared and its announcement queued in the
 * outbox, in one transaction; its event id is derived from what it announces, so a release announced twice is one
 * event to consumers. Several instances share the work: each takes the due renditions no other holds (skip locked).
 */
@ApplicationScoped
public class EmbargoRelease {

    private static final Logger LOG = Logger.getLogger(EmbargoRelease.class);

    private final RenditionRepository renditions;
    private final Outbox outbox;
    private final int batchSize;

    EmbargoRelease(RenditionRepository renditions, Outbox outbox, RenderConfig config) {
        this.renditions = renditions;
        this.outbox = outbox;
        this.batchSize = config.embargo().batchSize();
    }

    @Scheduled(identity = "embargo-release", every = "${herald.render.embargo.release-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void releaseDue() {
        while (QuarkusTransaction.requiringNew().call(this::releaseBatch) == batchSize) {
            // a full batch: more may be due
        }
    }

    private int releaseBatch() {
        List<Rendition> due = renditions.dueForRelease(batchSize);
        for (Rendition rendition : due) {
            rendition.release();
            outbox.articleRendered(rendition);
            LOG.infof("article %s revision %d: embargo until %s passed, announced as published", rendition.articleId,
                    rendition.revision, rendition.embargoUntil);
        }
        return due.size();
    }
}
