package io.herald.catalog.store;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import io.herald.service.store.ReaderVisibility;

/** Current articles as readers may see them, by {@link ReaderVisibility}'s rule, evaluated when asked. */
@ApplicationScoped
public class VisibleArticles {

    private final Session session;

    VisibleArticles(Session session) {
        this.session = session;
    }

    /** The current revision of the article, if it exists and is visible now. */
    public Optional<Article> find(String articleId) {
        return session.createNativeQuery(
                "select a.* from article a where a.article_id = :articleId and " + ReaderVisibility.sql("a"),
                Article.class)
                .setParameter("articleId", articleId)
                .uniqueResultOptional();
    }
}
