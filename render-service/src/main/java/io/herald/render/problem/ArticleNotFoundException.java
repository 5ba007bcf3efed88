package io.herald.render.problem;

import io.herald.service.problem.ProblemException;

/** No rendition exists for the requested article: a 404 {@code article-not-found} problem. */
public class ArticleNotFoundException extends ProblemException {

    public ArticleNotFoundException(String articleId) {
        super("article-not-found", "Article not found", 404, "No rendition of article '" + articleId + "' exists");
    }
}
