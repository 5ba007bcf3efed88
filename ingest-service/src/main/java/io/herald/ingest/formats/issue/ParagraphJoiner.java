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
    /** Long enough to hold a stop, a space and a sign-off of up to four names. */
    private static final int SIGN_OFF_MAX = 48;

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
        StringBuilder cut = null; // running text cut mid-sentence, waiting for the line that continues it
        for (PageLine line : lines) {
            if (cut != null && continues(line)) {
                String end = cut.substring(Math.max(0, cut.length() - SHOWN));
                boolean latin = LATIN_END.matcher(end).find() && LATIN_START.matcher(line.text()).find();
                cut.append(latin ? " " : "").append(line.text());
                joints.add("…" + end + "|" + line.text().substring(0, Math.min(line.text().length(), SHOWN)) + "…");
                if (!endsCut(line.text())) {
                    joined.add(new PageLine(cut.toString(), 0, false));
                    cut = null;
                }
                continue;
            }
            if (cut != null) {
                joined.add(new PageLine(cut.toString(), 0, false));
                cut = null;
            }
            if (line.isRunningText() && Sentences.isCutSentence(line.text()) && SignOffs.read(line.text()) == null) {
                cut = new StringBuilder(line.text());
            } else {
                joined.add(line);
            }
        }
        if (cut != null) {
            joined.add(new PageLine(cut.toString(), 0, false));
        }
        return new Result(joined, joints);
    }

    /** Whether running text ending like {@code text} is still cut: only its end is looked at. */
    private static boolean endsCut(String text) {
        String end = text.substring(Math.max(0, text.length() - SIGN_OFF_MAX));
        return !Sentences.endsSentence(end) && !end.endsWith("：") && !end.endsWith(":") && SignOffs.read(end) == null;
    }

    private static boolean continues(PageLine line) {
        return line.isRunningText() && Datelines.read(line.text()) == null && !Bylines.isBylineLine(line.text());
    }
}
