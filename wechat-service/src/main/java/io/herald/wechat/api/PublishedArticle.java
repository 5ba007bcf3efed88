package io.herald.wechat.api;

/**
 * A published article as {@code freepublish/batchget} lists it.
 *
 * @param articleId  its id, for {@code freepublish/delete}
 * @param articleUrl its address, null if WeChat did not say
 */
public record PublishedArticle(String articleId, String articleUrl) {
}
