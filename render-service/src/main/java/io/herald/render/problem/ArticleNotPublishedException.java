package io.herald.render.problem;

import io.herald.service.problem.ProblemException;

/**
 * The article was rendered but readers may not see it: withdrawn (killed, pub status canceled: gone for good, a 410
 * {@code gone} problem), or withheld or under embargo for now (a 404 {@code article-not-found} problem).
 */
public class ArticleNotPublishedException extends ProblemException {

    public ArticleNotPublishedException(String articleId, boolean withdrawn) {
        super(withdrawn ? "gone" : "article-not-found", withdrawn ? "Article withdrawn" : "Article not found",
                withdrawn ? 410 : 404,
                "Article '" + articleId + "' " + (withdrawn ? "was withdrawn" : "is not published now"));
    }
}
