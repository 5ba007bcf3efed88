package io.herald.render.rerender;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import io.herald.render.RenderConfig;
import io.herald.render.outbox.Outbox;
import io.herald.render.rendering.ArticleRenderer;
import io.herald.render.store.Rendition;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Renders every stored rendition again from its source revision with the current templates, in the background,
 * after a template or renderer change: in batches of {@code herald.render.rerender.batch-size} renditions (by
 * article id), each batch in one transaction with its renditions locked, so that a revision consumed meanwhile
 * waits for the batch or is rendered after it. A rendition whose web page or WeChat draft comes out different
 * is replaced and announced again on {@code articles.rendered}; one that comes out the same is left alone. A dry
 * run renders and compares only. One re-render at a time per instance; its status is kept by that instance.
 */
@ApplicationScoped
public class Rerender {

    private static final Logger LOG = Logger.getLogger(Rerender.class);

    private final EntityManager entityManager;
    private final ArticleRenderer renderer;
    private final Outbox outbox;
    private final int batchSize;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "rerender");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<RerenderStatus> status = new AtomicReference<>();

    Rerender(EntityManager entityManager, ArticleRenderer renderer, Outbox outbox, RenderConfig config) {
        this.entityManager = entityManager;
        this.renderer = renderer;
        this.outbox = outbox;
        this.batchSize = config.rerender().batchSize();
    }

    /**
     * Starts a re-render.
     *
     * @throws RerenderRunningException if one is running already
     */
    public synchronized RerenderStatus start(boolean dryRun) {
        RerenderStatus previous = status.get();
        if (previous != null && previous.running()) {
            throw new RerenderRunningException(previous);
        }
        RerenderStatus started = RerenderStatus.started(dryRun);
        status.set(started);
        worker.execute(this::run);
        return started;
    }

    /** The running or last re-render of this instance, if any. */
    public Optional<RerenderStatus> status() {
        return Optional.ofNullable(status.get());
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void run() {
        boolean dryRun = status.get().dryRun();
        LOG.infof("Re-render%s of every rendition started", dryRun ? " (dry run)" : "");
        try {
            String after = "";
            while (after != null) {
                String from = after;
                after = QuarkusTransaction.requiringNew().call(() -> batch(from, dryRun));
            }
            status.updateAndGet(RerenderStatus::succeeded);
            LOG.infof("Re-render succeeded: %s", status.get());
        } catch (RuntimeException e) {
            status.updateAndGet(current -> current.failed(e.getClass().getSimpleName() + ": " + e.getMessage()));
            LOG.errorf(e, "Re-render failed: %s", status.get());
        }
    }

    /** Re-renders the batch after article id {@code after}; returns its last article id, null when none was left. */
    private String batch(String after, boolean dryRun) {
        List<Rendition> renditions = entityManager
                .createQuery("from Rendition r where r.articleId > :after order by r.articleId", Rendition.class)
                .setParameter("after", after)
                .setMaxResults(batchSize)
                .setLockMode(dryRun ? LockModeType.NONE : LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (Rendition rendition : renditions) {
            if (rendition.document == null) {
                status.updateAndGet(RerenderStatus::plusWithoutSource);
                continue;
            }
            ArticleRenderer.Rendered rendered = renderer.render(rendition.document);
            if (rendition.shows(rendered.webHtml(), rendered.wechat())) {
                status.updateAndGet(RerenderStatus::plusUnchanged);
                continue;
            }
            status.updateAndGet(RerenderStatus::plusChanged);
            if (!dryRun) {
                rendition.show(rendered.webHtml(), rendered.wechat());
                outbox.articleRendered(rendition);
            }
        }
        return renditions.size() < batchSize ? null : renditions.get(renditions.size() - 1).articleId;
    }
}
