package io.herald.render.web;

import java.util.List;

import io.herald.events.ArticleSubmitted;
import io.herald.events.PhotoItems;
import io.herald.events.Publication;

/**
 * A printed issue as its web pages show it.
 *
 * @param publication the masthead: paper, date, 第N期, 总第N期, N版
 * @param frontUrl    the issue's front page
 * @param contents    the 本期导读 box, each entry once, in printed order
 * @param pages       the pages with visible articles, page 1 first
 * @param current     the page shown alone, or null on the front page
 */
public record IssueView(Publication publication, String frontUrl, List<ContentsLine> contents, List<PageView> pages,
        PageView current) {

    /** The pages a page view shows: the current one, or all of them on the front page. */
    public List<PageView> shown() {
        return current == null ? pages : List.of(current);
    }

    /**
     * One line of 本期导读.
     *
     * @param title headline as listed
     * @param page  page label, e.g. 02版
     * @param url   that page's web page, or null when the label has no number
     */
    public record ContentsLine(String title, String page, String url) {
    }

    /**
     * One page of the issue.
     *
     * @param label   page label as printed, e.g. 01版
     * @param number  the label's number, or null
     * @param section the section of its first article that names one, or null
     * @param url     its web page, or null without a number
     * @param items   its visible articles in printed order
     */
    public record PageView(String label, Integer number, String section, String url, List<Item> items) {
    }

    /**
     * One article on a page, or in the home page's list.
     *
     * @param article     the article
     * @param url         its web page
     * @param photo       whether it is a photo item ({@link io.herald.events.PhotoItems}), shown as a picture
     * @param description a digest of its body
     */
    public record Item(ArticleSubmitted article, String url, boolean photo, String description) {

        /** The article at {@code url}, its digest at most {@code descriptionLength} code points. */
        static Item of(ArticleSubmitted article, String url, int descriptionLength) {
            return new Item(article, url, PhotoItems.isPhotoItem(article), Description.of(article, descriptionLength));
        }
    }
}
