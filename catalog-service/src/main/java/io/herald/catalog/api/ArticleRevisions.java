package io.herald.catalog.api;

import java.util.List;

import io.herald.catalog.store.RevisionEntry;

/**
 * Every revision the catalog recorded of one article, oldest first, whatever the current one's status.
 *
 * @param articleId the article
 * @param revisions one entry per revision
 */
public record ArticleRevisions(String articleId, List<RevisionEntry> revisions) {
}
