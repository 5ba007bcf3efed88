package io.herald.render.rerender;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import io.herald.render.RenderConfig;
import io.herald.render.outbox.Outbox;
import io.herald.render.rendering.ArticleRenderer;
import io.herald.render.store.Rendition;
import io.herald.service.operations.SingleRun;
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
    private final SingleRun<RerenderStatus> runs = new SingleRun<>("rerender", RerenderStatus::running);

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
    public RerenderStatus start(boolean dryRun) {
        return runs.start(RerenderStatus.started(dryRun), RerenderRunningException::new, () -> run(dryRun));
    }

    /** The running or last re-render of this instance, if any. */
    public Optional<RerenderStatus> status() {
        return runs.status();
    }

    @PreDestroy
    void stop() {
        runs.close();
    }

    private void run(boolean dryRun) {
        LOG.infof("Re-render%s of every rendition started", dryRun ? " (dry run)" : "");
        try {
            String after = "";
            while (after != null) {
                String from = after;
                after = QuarkusTransaction.requiringNew().call(() -> batch(from, dryRun));
            }
            LOG.infof("Re-render succeeded: %s", runs.update(RerenderStatus::succeeded));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Re-render failed: %s",
                    runs.update(current -> current.failed(e.getClass().getSimpleName() + ": " + e.getMessage())));
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
                runs.update(RerenderStatus::plusWithoutSource);
                continue;
            }
            ArticleRenderer.Rendered rendered = renderer.render(rendition.document);
            if (rendition.shows(rendered.webHtml(), rendered.wechat())) {
                runs.update(RerenderStatus::plusUnchanged);
                continue;
            }
            runs.update(RerenderStatus::plusChanged);
            if (!dryRun) {
                rendition.show(rendered.webHtml(), rendered.wechat());
                outbox.articleRendered(rendition);
            }
        }
        return renditions.size() < batchSize ? null : renditions.get(renditions.size() - 1).articleId;
    }
}
