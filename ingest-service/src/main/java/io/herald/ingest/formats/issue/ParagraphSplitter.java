package io.herald.ingest.formats.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages copied from a digital edition often keep several paragraphs on one line, separated by spaces (the
 * full-width indent {@code 　　} of each paragraph): a line of running text is cut after a sentence's end where
 * the text after the space is a paragraph of its own. A sign-off ({@code 。 姚雯}) or a photo credit
 * ({@code 。 新华社记者 李某 摄}) after the space stays where it is.
 */
final class ParagraphSplitter {

    private static final Pattern BREAK = Pattern.compile("(?<=[。！？!?…][”」』）)]?) +");
    /** Longer than any sign-off or credit. */
    private static final int PARAGRAPH_MIN = 16;

    private ParagraphSplitter() {
    }

    static List<PageLine> split(List<PageLine> lines) {
        List<PageLine> split = new ArrayList<>();
        for (PageLine line : lines) {
            if (!line.isRunningText() || !BREAK.matcher(line.text()).find()) {
                split.add(line);
                continue;
            }
            paragraphs(line.text()).forEach(paragraph -> split.add(new PageLine(paragraph, 0, false)));
        }
        return split;
    }

    private static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        Matcher gap = BREAK.matcher(text);
        int start = 0;
        while (gap.find()) {
            String after = text.substring(gap.end());
            int nextGap = nextBreak(after);
            String following = nextGap < 0 ? after : after.substring(0, nextGap);
            if (following.length() >= PARAGRAPH_MIN && !PhotoCaptions.isCredit(following.strip())) {
                paragraphs.add(text.substring(start, gap.start()));
                start = gap.end();
            }
        }
        paragraphs.add(text.substring(start));
        return paragraphs;
    }

    private static int nextBreak(String text) {
        Matcher gap = BREAK.matcher(text);
        return gap.find() ? gap.start() : -1;
    }
}
