package io.herald.render.web;

/** The article exists but readers may not see it now: it is withheld or under embargo. */
public class ArticleNotVisibleException extends RuntimeException {

    private final String articleId;

    public ArticleNotVisibleException(String articleId) {
        super("article " + articleId + " is not published now");
        this.articleId = articleId;
    }

    public String articleId() {
        return articleId;
    }
}
