package io.herald.catalog.store;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, String> {

    private static final Sort LATEST_FIRST = Sort.descending("versionCreated", "updatedAt");

    /** The {@code limit} most recently created articles, newest first. */
    public List<Article> latest(int limit) {
        return findAll(LATEST_FIRST).page(0, limit).list();
    }
}
