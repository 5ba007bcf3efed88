package io.herald.ingest.formats.issue.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.herald.events.ArticleSubmitted;
import io.herald.events.CloudEvent;
import io.herald.events.Contributor;
import io.herald.events.Image;
import io.herald.events.Publication;
import io.herald.events.RelatedEntry;
import io.herald.ingest.formats.issue.ParsedItem;
import io.herald.ingest.formats.issue.ParsedPage;
import io.herald.ingest.formats.issue.ParsedPage.DroppedLine;
import io.herald.ingest.publish.Accepted;

/**
 * The answer to {@code POST /issues}: what Herald recognised on the page and published, for an editor to check.
 *
 * @param publication   the paper and the issue, from the masthead
 * @param mastheadFacts printed facts events do not carry: 主管, 主办, 星期
 * @param page          the page label, e.g. 01版
 * @param section       the page's section, when the masthead prints it
 * @param items         every article and photo item, each published as one event
 * @param toc           the 本期导读 entries, carried by every item as {@code related}
 * @param dropped       lines in no item (footer noise, stray text), and why
 * @param rejoined      mid-sentence breaks that were rejoined, each as {@code …end|start…}
 * @param warnings      where the masthead and the query parameters disagree (the masthead's facts are used)
 */
public record IssueReport(Publication publication, Map<String, String> mastheadFacts, String page, String section,
        List<Item> items, List<RelatedEntry> toc, List<DroppedLine> dropped, List<String> rejoined,
        List<String> warnings) {

    /**
     * One published item.
     *
     * @param kind       article or photo
     * @param articleId  {@code <source>:<issue date>-p<page>-<position>-<paper key>}, e.g.
     *                   {@code demo:2026-04-06-p01-03-f10687e6}: one per item of the page, the same when the page
     *                   is posted again
     * @param paragraphs how many paragraph blocks its body has
     */
    public record Item(String kind, String articleId, int revision, String eventId, String kicker, String headline,
            String subheadline, String dateline, List<Contributor> byline, long paragraphs, List<Image> images) {
    }

    /**
     * The report of a page whose every item Kafka acknowledged.
     *
     * @param page         the page as parsed
     * @param articleIds   each item's article id, in page order
     * @param acknowledged what Kafka acknowledged for each item, in page order; null where it did not
     * @param retryAfter   when to post the page again if Kafka did not acknowledge every item
     * @throws IssuePartlyPublishedException if Kafka did not acknowledge every item
     */
    public static IssueReport of(ParsedPage page, List<String> articleIds, List<Accepted> acknowledged,
            Duration retryAfter) {
        List<String> published = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<Integer> failedIndexes = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < acknowledged.size(); i++) {
            Accepted accepted = acknowledged.get(i);
            if (accepted == null) {
                failed.add(articleIds.get(i));
                failedIndexes.add(i);
                continue;
            }
            ArticleSubmitted event = accepted.article();
            CloudEvent ce = accepted.event();
            published.add(event.articleId());
            ParsedItem item = page.items().get(i);
            items.add(new Item(item.kind().name().toLowerCase(), event.articleId(), event.revision(), ce.id(),
                    event.kicker(), event.headline(), event.subheadline(), event.dateline(), event.byline(),
                    item.paragraphCount(), event.images()));
        }
        if (!failed.isEmpty()) {
            throw new IssuePartlyPublishedException(published, failed, failedIndexes, retryAfter);
        }
        return new IssueReport(page.masthead().publication(), page.masthead().facts(), page.page(),
                page.masthead().section(), items, page.toc(), page.dropped(), page.joints(), page.warnings());
    }
}
