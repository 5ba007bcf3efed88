package io.herald.render.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.herald.events.PubStatus;
import io.herald.render.store.ArticleVisibility.State;
import io.herald.service.store.ReaderVisibility;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Finds stored renditions: for the consumer (locked), for readers (what they may see now: one article, an issue, the
 * feeds, the sitemap) and for the embargo release.
 */
@ApplicationScoped
public class RenditionRepository implements PanacheRepositoryBase<Rendition, String> {

    /** Renditions readers may see now, by {@link ReaderVisibility}'s rule. */
    private static final String VISIBLE = ReaderVisibility.hql();

    /** One line of the Google News sitemap: what it lists of an article, without the article's document. */
    public record SitemapEntry(String articleId, String headline, String publicationName, Instant publishedAt) {
    }

    /**
     * The renditions of these articles that exist, by article id, locked until the transaction ends so that revisions
     * apply one at a time; locked in article id order, so that concurrent batches wait for each other rather than
     * deadlock.
     */
    public Map<String, Rendition> lockAll(Collection<String> articleIds) {
        Map<String, Rendition> locked = new HashMap<>();
        if (!articleIds.isEmpty()) {
            find("articleId in ?1", Sort.by("articleId"), Set.copyOf(articleIds))
                    .withLock(LockModeType.PESSIMISTIC_WRITE)
                    .list()
                    .forEach(rendition -> locked.put(rendition.articleId, rendition));
        }
        return locked;
    }

    /** Whether readers may see the article now: its rendition if so, else whether it is withdrawn, hidden or absent. */
    public ArticleVisibility visibility(String articleId) {
        Optional<Rendition> visible = findVisible(articleId);
        if (visible.isPresent()) {
            return new ArticleVisibility(articleId, State.VISIBLE, visible.get());
        }
        Rendition stored = findById(articleId);
        if (stored == null) {
            return new ArticleVisibility(articleId, State.ABSENT, null);
        }
        return new ArticleVisibility(articleId, stored.pubStatus == PubStatus.CANCELED ? State.WITHDRAWN : State.HIDDEN,
                null);
    }

    /**
     * Up to {@code limit} renditions announced as embargoed whose embargo has passed by the database's clock, locked
     * until the transaction ends; rows another transaction holds (another instance, a revision being rendered) are
     * skipped, to be taken by a later run.
     */
    @SuppressWarnings("unchecked")
    public List<Rendition> dueForRelease(int limit) {
        return getEntityManager().createNativeQuery("select * from rendition where release_pending"
                        + " and embargo_until <= current_timestamp order by embargo_until limit :limit"
                        + " for update skip locked", Rendition.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** The article's rendition if readers may see it now. */
    private Optional<Rendition> findVisible(String articleId) {
        return find("articleId = :id and " + VISIBLE, Parameters.with("id", articleId)).firstResultOptional();
    }

    /** The visible articles of one printed issue in printed order: by page number, then as they were created. */
    public List<Rendition> visibleInIssue(String publicationName, LocalDate issueDate) {
        return find("publicationName = :publication and issueDate = :date and document is not null and " + VISIBLE
                + " order by pageNumber nulls last, page, firstCreated nulls last, articleId",
                Parameters.with("publication", publicationName).and("date", issueDate)).list();
    }

    /** The {@code limit} visible articles published last, newest first (the latest correction first among equals). */
    public List<Rendition> newestVisible(int limit) {
        return find("document is not null and " + VISIBLE
                + " order by publishedAt desc nulls last, versionCreated desc nulls last, articleId")
                .page(0, limit).list();
    }

    /** The publication of the visible article changed last among those of a publication, if any. */
    public Optional<String> newestPublicationName() {
        return getEntityManager().createQuery("select publicationName from Rendition where publicationName is not null"
                        + " and " + VISIBLE + " order by versionCreated desc nulls last, articleId", String.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Up to {@code limit} visible articles published from {@code since} until {@code until}, newest first. */
    public List<SitemapEntry> visiblePublishedBetween(Instant since, Instant until, int limit) {
        return find("publishedAt >= :since and publishedAt <= :until and " + VISIBLE
                        + " order by publishedAt desc, articleId",
                Parameters.with("since", since).and("until", until)).project(SitemapEntry.class).page(0, limit).list();
    }
}
