package io.herald.ingest.formats.issue;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

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

    /**
     * One request per item, in page order; the source is the caller's, given when the requests become events.
     * {@code revision} may be null: then each item's revision follows ingest's revision rule.
     */
    public static List<ArticleRequest> of(ParsedPage page, Integer revision) {
        return IntStream.range(0, page.items().size())
                .mapToObj(index -> of(page, page.items().get(index), sourceId(page, index + 1), revision))
                .toList();
    }

    /**
     * The id of the item at {@code position} (1 for the first item in reading order) on the page:
     * {@code <issue date>-p<page>-<position, two digits or more>-<paper>}, where paper is the first 8 hex digits of
     * the SHA-256 of the paper's name, e.g. {@code 2026-04-06-p01-03-f10687e6}. Items with the same headline (two
     * 简讯) get ids of their own; posting the same page again yields the same ids (hence the same event ids), so a
     * corrected page posted again updates its articles as long as its items keep their order.
     */
    public static String sourceId(ParsedPage page, int position) {
        Publication publication = page.masthead().publication();
        return String.format(Locale.ROOT, "%s-p%s-%02d-%s", publication.issueDate(), page.page().replace("版", ""),
                position, paperKey(publication.name()));
    }

    private static String paperKey(String paperName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(paperName.getBytes(UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static ArticleRequest of(ParsedPage page, ParsedItem item, String sourceId, Integer revision) {
        Headline headline = item.headline();
        return ArticleRequest.builder()
                .sourceId(sourceId)
                .revision(revision)
                .publication(publication(page.masthead().publication()))
                .page(page.page())
                .section(page.masthead().section())
                .headline(headline.main())
                .subheadline(headline.subheadline())
                .kicker(headline.kicker())
                .dateline(item.dateline())
                .byline(item.byline().stream().map(IssueArticleRequests::contributor).toList())
                .body(item.body().stream().map(IssueArticleRequests::block).toList())
                .images(item.images().stream().map(IssueArticleRequests::image).toList())
                .related(page.toc().stream().map(IssueArticleRequests::related).toList())
                .build();
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
        return ImageRequest.builder()
                .uri(image.uri())
                .caption(image.caption())
                .credit(image.credit())
                .photographer(image.photographer())
                .altText(image.altText())
                .build();
    }

    private static RelatedEntryRequest related(RelatedEntry entry) {
        return new RelatedEntryRequest(entry.title(), entry.page());
    }
}
