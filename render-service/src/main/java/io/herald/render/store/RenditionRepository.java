package io.herald.render.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.herald.render.ArticleNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RenditionRepository implements PanacheRepositoryBase<Rendition, String> {

    /** The article's rendition, locked until the transaction ends so that revisions apply one at a time. */
    public Rendition findForUpdate(String articleId) {
        return findById(articleId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** @throws ArticleNotFoundException if the article was never rendered */
    public Rendition require(String articleId) {
        return findByIdOptional(articleId).orElseThrow(() -> new ArticleNotFoundException(articleId));
    }
}
