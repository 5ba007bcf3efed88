package io.herald.ingest.formats.issue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.herald.events.RelatedEntry;
import io.herald.ingest.formats.issue.ParsedPage.DroppedLine;

/**
 * Reads one page of a Chinese newspaper given as text (Markdown or plain, e.g. from PDF extraction, a digital
 * edition or an archive): {@link MastheadReader masthead} (or what the request says, {@link IssueFacts}),
 * articles printed on one line are printed line by line ({@link RunOnArticles}), paragraphs sharing a line get
 * a line each ({@link ParagraphSplitter}), headlines printed twice once
 * ({@link RepeatedHeadlines}), then the 导读 box ({@link TocReader}), footer noise ({@link FooterNoise}) and page
 * furniture ({@link PageFurniture}) are taken out, mid-sentence breaks are rejoined ({@link ParagraphJoiner}), and
 * the rest is cut into articles and photo items ({@link PageSegmenter}). Plain Java: no framework in here.
 */
public final class PageParser {

    static final String EMPTY_RULE = "the page must contain text";
    static final String NO_ITEM_RULE = "a page must hold at least one article (a headline followed by text) or photo "
            + "(图为… caption)";

    private PageParser() {
    }

    /**
     * A page as a client sends it.
     *
     * @param utf8      the page as UTF-8 bytes; null is an empty page
     * @param requested what the client says about the page: used where the text prints no masthead, overruled by
     *                  the masthead (with a warning) where it prints one
     * @throws UnrecognisedPageException naming the rule the request breaks: UTF-8 text, a page
     */
    public static ParsedPage parse(byte[] utf8, RequestedIssue requested) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8 == null ? new byte[0] : utf8))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnrecognisedPageException("the page must be UTF-8 text");
        }
        return parse(text, requested, requested.page() != null ? requested.page() : PageLabels.DEFAULT);
    }

    /**
     * @param text        the page
     * @param defaultPage the page label to use when the masthead prints none, e.g. {@code 01版}
     * @throws UnrecognisedPageException naming the rule the text breaks
     */
    public static ParsedPage parse(String text, String defaultPage) {
        return parse(text, RequestedIssue.NONE, defaultPage);
    }

    static ParsedPage parse(String text, RequestedIssue requested, String defaultPage) {
        List<PageLine> lines = PageLines.of(text == null ? "" : text);
        if (lines.isEmpty()) {
            throw new UnrecognisedPageException(EMPTY_RULE);
        }
        MastheadReader.Result masthead = MastheadReader.read(lines);
        IssueFacts.Result facts = IssueFacts.of(masthead == null ? null : masthead.masthead(), requested, defaultPage);
        List<RelatedEntry> toc = new ArrayList<>();
        List<DroppedLine> dropped = new ArrayList<>();
        List<PageLine> content = new ArrayList<>();
        List<PageLine> rest = RepeatedHeadlines.collapse(ParagraphSplitter.split(RunOnArticles.expand(
                lines.subList(masthead == null ? 0 : masthead.lineCount(), lines.size()), dropped)), dropped);
        for (int i = 0; i < rest.size(); i++) {
            PageLine line = rest.get(i);
            String noise = FooterNoise.reason(line, i + 1 < rest.size() ? rest.get(i + 1) : null);
            if (noise == null) {
                noise = PageFurniture.reason(line);
            }
            if (TocReader.isTitle(line) && !TocReader.entriesAfter(rest, i).isEmpty()) {
                List<RelatedEntry> entries = TocReader.entriesAfter(rest, i);
                toc.addAll(entries);
                i += entries.size();
            } else if (noise != null) {
                dropped.add(new DroppedLine(line.text(), noise));
            } else {
                content.add(line);
            }
        }
        ParagraphJoiner.Result joined = ParagraphJoiner.join(content);
        List<ParsedItem> items = PageSegmenter.segment(joined.lines(), dropped);
        if (items.isEmpty()) {
            throw new UnrecognisedPageException(NO_ITEM_RULE);
        }
        return new ParsedPage(facts.masthead(), facts.page(), items, toc, dropped, joined.joints(), facts.warnings());
    }
}
