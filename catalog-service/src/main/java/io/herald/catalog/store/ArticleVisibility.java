package io.herald.catalog.store;

/**
 * Which current articles readers may see: usable (not withheld, not killed) and past any embargo. The embargo
 * is compared with the database's clock at query time, so an article appears when its embargo passes without
 * any job running.
 */
public final class ArticleVisibility {

    /** SQL condition on the {@code article} table (aliased {@code a}) that holds for visible articles. */
    public static final String VISIBLE_SQL = "a.pub_status = 'USABLE' and (a.embargo_until is null or a.embargo_until <= now())";

    private ArticleVisibility() {
    }
}
