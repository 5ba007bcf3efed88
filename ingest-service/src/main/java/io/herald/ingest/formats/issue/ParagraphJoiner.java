package io.herald.ingest.formats.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rejoins paragraphs that PDF extraction broke mid-sentence: a line of running text cut before its
 * sentence ended ({@link Sentences#isCutSentence}) is joined with the next line when that one continues it,
 * i.e. is running text too and not a heading, list item, caption, credit, byline or a new dateline. Nothing
 * is inserted between the two parts, except one space between two Latin letters or digits.
 */
final class ParagraphJoiner {

    private static final Pattern LATIN_END = Pattern.compile("[A-Za-z0-9]$");
    private static final Pattern LATIN_START = Pattern.compile("^[A-Za-z0-9]");
    private static final int SHOWN = 8;

    private ParagraphJoiner() {
    }

    /**
     * @param lines  the lines with every break rejoined
     * @param joints each rejoined break as {@code …end|start…}, for the recognition report
     */
    record Result(List<PageLine> lines, List<String> joints) {
    }

    static Result join(List<PageLine> lines) {
        List<PageLine> joined = new ArrayList<>();
        List<String> joints = new ArrayList<>();
        for (PageLine line : lines) {
            PageLine previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (previous != null && isCut(previous) && continues(line)) {
                String glue = LATIN_END.matcher(previous.text()).find() && LATIN_START.matcher(line.text()).find() ? " " : "";
                joined.set(joined.size() - 1, new PageLine(previous.text() + glue + line.text(), 0, false));
                joints.add(tail(previous.text()) + "|" + head(line.text()));
            } else {
                joined.add(line);
            }
        }
        return new Result(joined, joints);
    }

    private static boolean isCut(PageLine line) {
        return line.isRunningText() && Sentences.isCutSentence(line.text()) && SignOffs.read(line.text()) == null;
    }

    private static boolean continues(PageLine line) {
        return line.isRunningText() && Datelines.read(line.text()) == null && !Bylines.isBylineLine(line.text());
    }

    private static String tail(String text) {
        return "…" + text.substring(Math.max(0, text.length() - SHOWN));
    }

    private static String head(String text) {
        return text.substring(0, Math.min(text.length(), SHOWN)) + "…";
    }
}
