package io.herald.render;

/**
 * The article was rendered but readers may not see it: withdrawn (killed, pub status canceled: gone for good), or
 * withheld or under embargo for now.
 */
public class ArticleNotPublishedException extends RuntimeException {

    private final String articleId;
    private final boolean withdrawn;

    public ArticleNotPublishedException(String articleId, boolean withdrawn) {
        super("article " + articleId + (withdrawn ? " was withdrawn" : " is not published now"));
        this.articleId = articleId;
        this.withdrawn = withdrawn;
    }

    public String articleId() {
        return articleId;
    }

    /** Killed, as opposed to withheld or embargoed. */
    public boolean withdrawn() {
        return withdrawn;
    }
}
