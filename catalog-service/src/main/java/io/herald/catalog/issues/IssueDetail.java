package io.herald.catalog.issues;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One printed issue with its pages.
 *
 * @param issue    the issue itself
 * @param contents the 本期导读 entries its articles list, each once, in printed order ({@link io.herald.events.TableOfContents})
 * @param pages    its pages in numeric order, each with its visible articles
 */
public record IssueDetail(@JsonUnwrapped IssueSummary issue, List<ContentsEntry> contents, List<Page> pages) {

    /**
     * One line of the 本期导读 table of contents.
     *
     * @param title      headline as listed
     * @param page       page label, e.g. 02版
     * @param pageNumber the label's number, to find the page among {@code pages}
     */
    public record ContentsEntry(String title, String page, Integer pageNumber) {
    }

    /**
     * One page of an issue.
     *
     * @param page       page label as printed, e.g. 01版
     * @param pageNumber the label's number
     * @param articles   its visible articles
     */
    public record Page(String page, Integer pageNumber, List<PageArticle> articles) {
    }

    /**
     * One article of a page.
     *
     * @param articleId   its id, for {@code GET /articles/{id}}
     * @param headline    main headline
     * @param subheadline secondary headline
     * @param authors     contributors' names in printed order
     * @param photo       whether it is a photo item ({@link io.herald.events.PhotoItems}): an image with at most a short text
     */
    public record PageArticle(String articleId, String headline, String subheadline, List<String> authors,
            boolean photo) {
    }
}
