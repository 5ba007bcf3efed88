package io.herald.ingest.formats.issue;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.UUID;

import io.herald.events.BodyBlock;
import io.herald.events.Contributor;
import io.herald.events.Image;
import io.herald.events.Publication;
import io.herald.events.RelatedEntry;
import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.article.BodyBlockRequest;
import io.herald.ingest.article.ContributorRequest;
import io.herald.ingest.article.ImageRequest;
import io.herald.ingest.article.PublicationRequest;
import io.herald.ingest.article.RelatedEntryRequest;

/**
 * Turns each item of a parsed page into the {@link ArticleRequest} a newsroom would have posted for it, so
 * that the page goes through the same validation, ids and defaults as {@code POST /articles}. Every item
 * carries the issue's publication, page and section, and the 导读 entries as {@code related}.
 */
public final class IssueArticleRequests {

    private IssueArticleRequests() {
    }

    /** One request per item, in page order; the source is the caller's, given when the requests become events. */
    public static List<ArticleRequest> of(ParsedPage page, int revision) {
        return page.items().stream().map(item -> of(page, item, revision)).toList();
    }

    /**
     * The item's own id: the issue date, the page and a name-based UUID of paper, date, page and headline, e.g.
     * {@code 2026-04-06-p01-…}. Posting the same page again yields the same ids, hence the same event ids.
     */
    public static String sourceId(ParsedPage page, ParsedItem item) {
        Publication publication = page.masthead().publication();
        String name = String.join("|", publication.name(), publication.issueDate().toString(), page.page(),
                item.headline().main());
        return publication.issueDate() + "-p" + page.page().replace("版", "") + "-"
                + UUID.nameUUIDFromBytes(name.getBytes(UTF_8));
    }

    private static ArticleRequest of(ParsedPage page, ParsedItem item, int revision) {
        Headline headline = item.headline();
        return new ArticleRequest(null, sourceId(page, item), revision, null, null,
                publication(page.masthead().publication()), page.page(), page.masthead().section(),
                headline.main(), headline.subheadline(), headline.kicker(), item.dateline(),
                item.byline().stream().map(IssueArticleRequests::contributor).toList(),
                item.body().stream().map(IssueArticleRequests::block).toList(),
                item.images().stream().map(IssueArticleRequests::image).toList(),
                page.toc().stream().map(IssueArticleRequests::related).toList(),
                null, null, null, null);
    }

    private static PublicationRequest publication(Publication p) {
        return new PublicationRequest(p.name(), p.nameEn(), p.issueDate(), p.issueNumber(), p.totalIssueNumber(),
                p.pageCount(), p.serialNumber(), p.postalDistributionCode());
    }

    private static ContributorRequest contributor(Contributor contributor) {
        return new ContributorRequest(contributor.name(), contributor.role());
    }

    private static BodyBlockRequest block(BodyBlock block) {
        return new BodyBlockRequest(block.type(), block.text(), block.level(), block.items(),
                block.image() == null ? null : image(block.image()));
    }

    private static ImageRequest image(Image image) {
        return new ImageRequest(image.uri(), image.caption(), image.credit(), image.photographer(), image.altText());
    }

    private static RelatedEntryRequest related(RelatedEntry entry) {
        return new RelatedEntryRequest(entry.title(), entry.page());
    }
}
