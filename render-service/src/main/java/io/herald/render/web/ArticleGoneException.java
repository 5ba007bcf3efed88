package io.herald.render.web;

/** The article was killed (pub status canceled): its page is gone for good. */
public class ArticleGoneException extends RuntimeException {

    private final String articleId;

    public ArticleGoneException(String articleId) {
        super("article " + articleId + " was withdrawn");
        this.articleId = articleId;
    }

    public String articleId() {
        return articleId;
    }
}
