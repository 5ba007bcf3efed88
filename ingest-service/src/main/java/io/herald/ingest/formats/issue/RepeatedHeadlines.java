package io.herald.ingest.formats.issue;

import java.util.ArrayList;
import java.util.List;

import io.herald.ingest.formats.issue.ParsedPage.DroppedLine;

/**
 * Digital editions print an article's headline twice: once on one line, its decks separated by spaces
 * ({@code 出席中印领导人第二次非正式会晤并对尼泊尔进行国事访问 习近平抵达金奈 与印度总理莫迪举行会见}), then as printed on
 * paper, one line per printed line. The one-line copy is dropped; its spaces say which printed lines make one deck,
 * so the lines that follow are joined deck by deck.
 */
final class RepeatedHeadlines {

    private static final int LINES_MIN = 2;

    private RepeatedHeadlines() {
    }

    static List<PageLine> collapse(List<PageLine> lines, List<DroppedLine> dropped) {
        List<PageLine> collapsed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            int end = repeatedUntil(lines, i);
            if (end < 0) {
                collapsed.add(line);
                continue;
            }
            dropped.add(new DroppedLine(line.text(), "headline printed again line by line"));
            collapsed.addAll(decks(line, lines.subList(i + 1, end)));
            i = end - 1;
        }
        return collapsed;
    }

    /** The index after the lines following {@code index} that print its text again, or -1. */
    private static int repeatedUntil(List<PageLine> lines, int index) {
        PageLine line = lines.get(index);
        if (!line.isRunningText() || !Sentences.isTitleLike(line.text()) && line.text().length() > 2 * Sentences.HEADING_MAX) {
            return -1;
        }
        String target = line.text().replace(" ", "");
        StringBuilder printed = new StringBuilder();
        for (int end = index + 1; end < lines.size() && target.startsWith(printed.toString()); end++) {
            printed.append(lines.get(end).text().replace(" ", ""));
            if (printed.toString().equals(target)) {
                return end + 1 - (index + 1) >= LINES_MIN ? end + 1 : -1;
            }
        }
        return -1;
    }

    /** The printed lines joined into the decks the one-line copy separates by spaces, if they line up. */
    private static List<PageLine> decks(PageLine oneLine, List<PageLine> printed) {
        List<PageLine> decks = new ArrayList<>();
        int next = 0;
        for (String deck : oneLine.text().split(" ")) {
            StringBuilder joined = new StringBuilder();
            while (next < printed.size() && joined.length() < deck.length()) {
                joined.append(printed.get(next++).text().replace(" ", ""));
            }
            if (!joined.toString().equals(deck)) {
                return printed;
            }
            decks.add(new PageLine(deck, printed.get(next - 1).headingLevel(), false));
        }
        return decks;
    }
}
