package io.herald.ingest.formats.issue;

/**
 * An article's headline as printed: 引题 above the main title, 主题, 副题 below it.
 *
 * @param kicker      引题, or null
 * @param main        主题
 * @param subheadline 副题, or null
 */
public record Headline(String kicker, String main, String subheadline) {
}
