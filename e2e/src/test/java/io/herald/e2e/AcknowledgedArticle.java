package io.herald.e2e;

/**
 * What ingest acknowledged for one article, and what readers must therefore see of it once the pipeline settled.
 *
 * @param articleId the id the 2xx answer named
 * @param revision  the last revision acknowledged for it
 * @param headline  the headline sent last
 * @param passage   text only the content sent last has (a corrected paragraph), or null when the last revision
 *                  resent the same text
 */
record AcknowledgedArticle(String articleId, int revision, String headline, String passage) {
}
