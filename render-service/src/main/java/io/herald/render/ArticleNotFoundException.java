package io.herald.render;

/** No rendition exists for the requested article. */
public class ArticleNotFoundException extends RuntimeException {

    private final String articleId;

    public ArticleNotFoundException(String articleId) {
        super("no rendition of article " + articleId);
        this.articleId = articleId;
    }

    public String articleId() {
        return articleId;
    }
}
