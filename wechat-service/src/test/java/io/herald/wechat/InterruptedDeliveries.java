package io.herald.wechat;

import java.nio.charset.StandardCharsets;

import jakarta.persistence.EntityManager;

import io.herald.events.ArticleRendered;
import io.herald.events.EventJson;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Deliveries as the worker leaves them when it dies during a WeChat call, after marking the step, before its answer. */
public final class InterruptedDeliveries {

    private InterruptedDeliveries() {
    }

    /**
     * A delivery of revision 1 of the rendered article, due now, that died during {@code step} ({@code "adding"} a
     * draft, or {@code "submitting"} the draft {@code mediaId}).
     */
    public static void diedDuring(EntityManager database, String step, String account, ArticleRendered rendered,
            String mediaId) {
        String article = rendered.wechat() == null ? null
                : new String(EventJson.write(rendered.wechat()), StandardCharsets.UTF_8);
        QuarkusTransaction.requiringNew().run(() -> database.createNativeQuery("""
                insert into delivery (article_id, account, revision, status, article, state, step, step_revision,
                    step_at, media_id, drafted_revision, content_source_url, next_attempt_at)
                values (?1, ?2, 1, ?3, ?4, 'WAITING', ?5, 1, now(), ?6, ?7, ?8, now())""")
                .setParameter(1, rendered.articleId()).setParameter(2, account)
                .setParameter(3, rendered.status().name()).setParameter(4, article).setParameter(5, step)
                .setParameter(6, mediaId).setParameter(7, mediaId == null ? null : 1)
                .setParameter(8, rendered.webUrl())
                .executeUpdate());
    }
}
