package io.herald.ingest.formats.superdesk;

import java.util.List;

import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.article.Warning;

/**
 * A pushed Superdesk item as Herald reads it.
 *
 * @param article  the article to publish
 * @param warnings what was left out of it, for the receipt
 */
public record SuperdeskItem(ArticleRequest article, List<Warning> warnings) {
}
