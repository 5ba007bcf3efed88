package io.herald.ingest.formats.superdesk;

import java.util.List;

import io.herald.ingest.article.ArticleRequest;

/**
 * A pushed Superdesk item as Herald reads it.
 *
 * @param article  the article to publish
 * @param warnings what was left out of it, for the receipt: each a sentence that starts with the field's path, e.g.
 *                 {@code associations.featuremedia: media 2026/04/a.jpg was never uploaded …}
 */
public record SuperdeskItem(ArticleRequest article, List<String> warnings) {
}
