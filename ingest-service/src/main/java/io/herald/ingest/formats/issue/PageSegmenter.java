package io.herald.ingest.formats.issue;

import java.util.ArrayList;
import java.util.List;

import io.herald.events.Contributor;
import io.herald.events.Image;
import io.herald.ingest.formats.issue.ParsedPage.DroppedLine;

/**
 * Cuts the page's content (masthead, 导读 and footer already taken off, breaks rejoined) into items:
 * <ul>
 * <li>a headline group opens an article: Markdown headings, or in plain text title-like lines
 * ({@link Sentences#isTitleLike}) followed by a dateline, or by running text when no article is open or when
 * the group has two lines or more (a single title line in an article is a subhead); a page label
 * ({@link PageFurniture#opensItem}) closes the open item; a byline line may follow the headline
 * ({@code 本报记者 王某、李某});</li>
 * <li>the article's first paragraph gives the dateline and a bracketed byline; a sign-off at the end of a
 * paragraph ({@link SignOffs}) names its authors and closes the article;</li>
 * <li>a photo caption with its credits becomes an image of the open article, or, after a closed article,
 * a photo item whose text is the running text between the two (in print, that text belongs to the
 * picture: 图片新闻);</li>
 * <li>a title-like line inside an open article is a subhead; list items become one list.</li>
 * </ul>
 * Running text outside any item is dropped and reported, never lost silently.
 */
final class PageSegmenter {

    /** 引题, 主题, 副题 and a byline line, with room for a 副题 printed over two lines. */
    private static final int GROUP_MAX = 5;

    private final List<PageLine> lines;
    private final List<ParsedItem> items = new ArrayList<>();
    private final List<DroppedLine> dropped = new ArrayList<>();
    private final List<String> loose = new ArrayList<>();
    private ItemBuilder open;
    private int next;

    private PageSegmenter(List<PageLine> lines) {
        this.lines = lines;
    }

    /** The items of the page; lines that belong to none are added to {@code dropped}. */
    static List<ParsedItem> segment(List<PageLine> lines, List<DroppedLine> dropped) {
        PageSegmenter segmenter = new PageSegmenter(lines);
        while (segmenter.next < lines.size()) {
            segmenter.read(lines.get(segmenter.next));
        }
        segmenter.close();
        segmenter.dropLoose();
        dropped.addAll(segmenter.dropped);
        return segmenter.items;
    }

    private void read(PageLine line) {
        String text = line.text();
        if (PageFurniture.opensItem(text)) {
            close();
            dropLoose();
            dropped.add(new DroppedLine(text, "page label"));
            next++;
        } else if (PhotoCaptions.isPhotoMarker(text)) {
            dropped.add(new DroppedLine(text, "picture marker"));
            next++;
            boolean captionFollows = next < lines.size() && !opensArticle(next)
                    && (PhotoCaptions.isCaption(lines.get(next).text())
                            || lines.get(next).isRunningText() && !isPlainTitle(lines.get(next)));
            photo(captionFollows ? lines.get(next++).text() : "");
        } else if (opensArticle(next)) {
            startArticle();
        } else if (line.isHeading() || isPlainTitle(line)) {
            subhead(text);
        } else if (PhotoCaptions.isCaption(text) || PhotoCaptions.isCredit(text)) {
            photo(PhotoCaptions.isCaption(text) ? lines.get(next++).text() : null);
        } else if (line.listItem()) {
            list();
        } else if (open != null && !open.hasBody() && Bylines.isBylineLine(text)) {
            open.byline(Bylines.read(text));
            next++;
        } else {
            paragraph(text);
            next++;
        }
    }

    /** Whether a headline group starts at {@code index}. */
    private boolean opensArticle(int index) {
        PageLine first = lines.get(index);
        if (first.isHeading()) {
            return first.headingLevel() <= 2 || open == null || !open.hasBody()
                    || datelineFollows(pastPictures(afterGroup(index)));
        }
        if (!isPlainTitle(first)) {
            return false;
        }
        int group = afterGroup(index);
        int after = pastPictures(group);
        boolean textFollows = after < lines.size() && lines.get(after).isRunningText();
        boolean wholeGroup = group - index >= 2; // 引题 and 主题, 主题 and 副题, or a byline: no subhead
        return datelineFollows(after) || textFollows && (open == null || wholeGroup);
    }

    /**
     * The index of the first line from {@code index} on that is no caption, credit or picture marker (text with a
     * credit line under it is a caption).
     */
    private int pastPictures(int index) {
        int past = index;
        while (past < lines.size() && (isPicture(lines.get(past))
                || past + 1 < lines.size() && lines.get(past).isRunningText()
                        && PhotoCaptions.isCredit(lines.get(past + 1).text()))) {
            past++;
        }
        return past;
    }

    private static boolean isPicture(PageLine line) {
        return PhotoCaptions.isPhotoMarker(line.text()) || !line.isHeading() && !line.listItem() && !line.isRunningText()
                && !PageFurniture.opensItem(line.text());
    }

    /** The index after the headline group starting at {@code index}, and after a byline line under it. */
    private int afterGroup(int index) {
        boolean headings = lines.get(index).isHeading();
        int end = index;
        while (end < lines.size() && end - index < GROUP_MAX
                && (headings ? lines.get(end).isHeading() : isPlainTitle(lines.get(end)))) {
            end++;
        }
        while (end < lines.size() && end - index < GROUP_MAX && Bylines.isBylineLine(lines.get(end).text())) {
            end++;
        }
        return end;
    }

    private boolean datelineFollows(int index) {
        return index < lines.size() && lines.get(index).isRunningText() && Datelines.read(lines.get(index).text()) != null;
    }

    private void startArticle() {
        close();
        dropLoose();
        int end = afterGroup(next);
        List<PageLine> group = new ArrayList<>();
        List<Contributor> byline = new ArrayList<>();
        for (PageLine line : lines.subList(next, end)) {
            if (!line.isHeading() && Bylines.isBylineLine(line.text())) {
                byline.addAll(Bylines.read(line.text()));
            } else {
                group.add(line);
            }
        }
        open = ItemBuilder.article(Headlines.read(group));
        open.byline(byline);
        next = end;
    }

    private void subhead(String text) {
        if (open != null) {
            open.heading(text);
        } else {
            loose.add(text);
        }
        next++;
    }

    /**
     * A picture: its caption (null when the line read is a credit: then the paragraph or stray line above it is the
     * caption) and the credit lines under it. Inside an item it is the item's; else a photo item, titled by a
     * headline printed over it.
     */
    private void photo(String printedCaption) {
        String caption = printedCaption;
        List<String> credits = new ArrayList<>();
        while (next < lines.size() && PhotoCaptions.isCredit(lines.get(next).text())) {
            credits.add(lines.get(next++).text());
        }
        if (caption == null && open != null) {
            caption = open.takeLastParagraph();
        }
        if (caption == null && !loose.isEmpty()) {
            caption = loose.remove(loose.size() - 1);
        }
        Image image = PhotoCaptions.read(caption == null ? "" : caption, credits);
        if (open == null && loose.size() == 1 && Sentences.isTitleLike(loose.get(0))) {
            open = ItemBuilder.photo(new Headline(null, loose.remove(0), null));
        }
        if (open != null) {
            open.image(image);
            return;
        }
        items.add(ItemBuilder.photo(loose, image).build());
        loose.clear();
    }

    private void list() {
        List<String> entries = new ArrayList<>();
        while (next < lines.size() && lines.get(next).listItem()) {
            entries.add(lines.get(next++).text());
        }
        if (open != null) {
            open.list(entries);
        } else {
            loose.addAll(entries);
        }
    }

    private void paragraph(String text) {
        if (open == null) {
            loose.add(text);
            return;
        }
        String paragraph = text;
        if (!open.hasDateline() && open.paragraphCount() <= 1) {
            Datelines.Opening opening = Datelines.read(paragraph);
            if (opening == null && !open.hasBody()) {
                opening = Datelines.readByline(paragraph);
            }
            if (opening != null) {
                open.dateline(opening.dateline());
                open.byline(opening.byline());
                paragraph = opening.restOfText();
            }
        }
        SignOffs.SignOff signOff = SignOffs.read(paragraph);
        if (signOff != null) {
            open.paragraph(signOff.text());
            open.byline(signOff.people());
            close();
        } else {
            open.paragraph(paragraph);
        }
    }

    private void close() {
        if (open != null && open.hasBody()) {
            items.add(open.asPhotoIfCaptionOnly().build());
        } else if (open != null) {
            dropped.add(new DroppedLine(open.build().headline().main(), "headline without text"));
        }
        open = null;
    }

    private void dropLoose() {
        loose.forEach(text -> dropped.add(new DroppedLine(text, "text outside any article")));
        loose.clear();
    }

    private static boolean isPlainTitle(PageLine line) {
        return line.isRunningText() && Sentences.isTitleLike(line.text()) && !Bylines.isBylineLine(line.text())
                && Datelines.read(line.text()) == null && !PageFurniture.opensItem(line.text());
    }
}
