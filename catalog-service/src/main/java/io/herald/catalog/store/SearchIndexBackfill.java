package io.herald.catalog.store;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.herald.catalog.search.SearchVector;
import io.herald.service.operations.ShutdownUnderway;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Indexes the articles stored before search existed (their {@code search_vector} is null), in the background
 * after start-up, a batch per transaction. An article the consumer changes meanwhile is left to the consumer: the
 * update applies only while the vector is still null and the revision is the one indexed. A shutdown ends it after
 * the batch under way (or cuts that batch short); the next start goes on where it stopped.
 */
@ApplicationScoped
public class SearchIndexBackfill {

    static final int BATCH = 100;

    private static final Logger LOG = Logger.getLogger(SearchIndexBackfill.class);

    private final EntityManager entityManager;
    private final ShutdownUnderway shutdown;

    SearchIndexBackfill(EntityManager entityManager, ShutdownUnderway shutdown) {
        this.entityManager = entityManager;
        this.shutdown = shutdown;
    }

    void onStart(@Observes StartupEvent start) {
        Thread thread = new Thread(() -> {
            try {
                run();
            } catch (RuntimeException e) {
                if (shutdown.isUnderway()) {
                    LOG.info("Indexing the articles stored before search existed was cut short by the shutdown; the"
                            + " next start goes on with it");
                } else {
                    LOG.warn("Could not index the articles stored before search existed; restart to try again", e);
                }
            }
        }, "search-backfill");
        thread.setDaemon(true);
        thread.start();
    }

    /** Indexes every article without a search vector, or until the service stops; returns how many were indexed. */
    public int run() {
        int indexed = 0;
        int[] batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::batch);
            indexed += batch[1];
        } while (!shutdown.isUnderway() && batch[0] == BATCH && batch[1] > 0);
        if (indexed > 0) {
            LOG.infof("Indexed %d articles stored before search existed", indexed);
        }
        return indexed;
    }

    /** Indexes up to {@link #BATCH} articles; returns how many were without a vector and how many it indexed. */
    private int[] batch() {
        List<Article> articles = entityManager
                .createQuery("from Article where searchVector is null order by articleId", Article.class)
                .setMaxResults(BATCH).getResultList();
        int indexed = 0;
        for (Article article : articles) {
            indexed += entityManager.createNativeQuery("update article set search_vector = cast(?1 as tsvector)"
                    + " where article_id = ?2 and revision = ?3 and search_vector is null")
                    .setParameter(1, SearchVector.of(article.document))
                    .setParameter(2, article.articleId)
                    .setParameter(3, article.revision)
                    .executeUpdate();
            entityManager.detach(article);
        }
        return new int[] { articles.size(), indexed };
    }
}
