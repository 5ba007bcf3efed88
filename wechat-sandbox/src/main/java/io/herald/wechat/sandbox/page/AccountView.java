package io.herald.wechat.sandbox.page;

import java.util.List;

/**
 * One official account on the home page: its drafts and published articles, newest first.
 *
 * @param name      its name in the configuration
 * @param appId     its AppID
 * @param drafts    its drafts
 * @param published its published articles
 */
public record AccountView(String name, String appId, List<Entry> drafts, List<Entry> published) {

    /**
     * A line of the list.
     *
     * @param href   where the article is shown
     * @param title  the first article's title
     * @param status e.g. "published", "deleted", "banned", "2 articles"
     * @param date   when, China Standard Time
     */
    public record Entry(String href, String title, String status, String date) {
    }
}
