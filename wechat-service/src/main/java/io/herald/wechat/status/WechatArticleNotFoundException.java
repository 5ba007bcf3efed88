package io.herald.wechat.status;

import io.herald.service.problem.ProblemException;

/** The channel has not heard of the article: a 404 {@code wechat-article-not-found} problem. */
public class WechatArticleNotFoundException extends ProblemException {

    WechatArticleNotFoundException(String articleId) {
        super("wechat-article-not-found", "Article not found on the WeChat channel", 404,
                "articles.rendered announced no article " + articleId + " to the WeChat channel");
    }
}
