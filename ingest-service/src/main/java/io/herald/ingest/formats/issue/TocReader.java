package io.herald.ingest.formats.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.herald.events.RelatedEntry;

/**
 * The issue's table of contents (本期导读, 今日导读, 要目): a short title line, then one entry per
 * line, each ending with the page it points to ({@code 开发区规范提升要敢于“亮牌” 02版},
 * {@code …（见第2版）}). An entry printed over two lines stays two entries, each with its page.
 */
final class TocReader {

    private static final Pattern TITLE = Pattern.compile("^(?:本期|今日|本版|本报)?(?:导读|要目|目录)$");
    private static final Pattern ENTRY = Pattern.compile(
            "^(.{2,60}?)\\s*[（(【\\[]?\\s*(?:见|详见)?\\s*(?:第\\s*)?([A-Z]?\\d{1,2})\\s*版\\s*[）)】\\]]?$");

    private static final int ENTRY_MAX = 72;

    private TocReader() {
    }

    static boolean isTitle(PageLine line) {
        return line.text().length() <= 8 && TITLE.matcher(line.text().replace(" ", "")).matches();
    }

    /** The entry on {@code line}, or null when it is not one. */
    static RelatedEntry entry(PageLine line) {
        if (line.text().length() > ENTRY_MAX || line.text().indexOf('版') < 0) {
            return null;
        }
        Matcher entry = ENTRY.matcher(line.text());
        if (!entry.matches()) {
            return null;
        }
        return new RelatedEntry(entry.group(1).strip(), PageLabels.normalise(entry.group(2)));
    }

    /** The entries following the title at {@code titleIndex}, up to the first line that is not one. */
    static List<RelatedEntry> entriesAfter(List<PageLine> lines, int titleIndex) {
        List<RelatedEntry> entries = new ArrayList<>();
        for (int i = titleIndex + 1; i < lines.size(); i++) {
            RelatedEntry entry = entry(lines.get(i));
            if (entry == null) {
                break;
            }
            entries.add(entry);
        }
        return entries;
    }
}
