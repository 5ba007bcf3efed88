package io.herald.ingest.formats.issue;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.herald.events.BodyBlock;
import io.herald.ingest.formats.issue.PageCorpus.ExpectedItem;

/**
 * Parses every page of the corpus of real pages ({@link PageCorpus}) and compares what it finds with what a reader
 * sees, item by item: the item found at all and cut right ({@code split}), its headline group (引题, 主题 and 副题
 * all right), its dateline, its byline (names and roles) and its pictures. Prints the score per paper and overall,
 * and holds the parser to the figures reached.
 */
class PageCorpusTest {

    /** Share of items split right, and of headlines, datelines, bylines and photos right, the parser keeps to. */
    private static final double SPLIT_FLOOR = 0.95;
    private static final double FIELD_FLOOR = 0.90;

    @Test
    void realPagesOfFivePapersAreReadAsAReaderReadsThem() {
        Map<String, Score> byPaper = new LinkedHashMap<>();
        Score total = new Score();
        List<String> misses = new ArrayList<>();
        Set<String> papers = new HashSet<>();
        Set<Integer> decades = new HashSet<>();
        List<PageCorpus.Page> pages = PageCorpus.pages();
        for (PageCorpus.Page page : pages) {
            papers.add(page.publication());
            decades.add(page.date().getYear() / 10);
            Score score = byPaper.computeIfAbsent(page.publication(), paper -> new Score());
            score(page, score, misses);
            score(page, total, new ArrayList<>());
        }
        byPaper.forEach((paper, score) -> System.out.println("pages of " + paper + ": " + score));
        System.out.println("pages: " + total + " (" + pages.size() + " pages, " + papers.size() + " papers)");
        misses.forEach(miss -> System.out.println("  miss " + miss));

        assertTrue(pages.size() >= 20 && papers.size() >= 5 && decades.size() >= 3, "corpus size");
        assertTrue(total.share(total.split) >= SPLIT_FLOOR, "split right: " + total);
        assertTrue(total.share(total.headlines) >= FIELD_FLOOR, "headlines: " + total);
        assertTrue(total.share(total.datelines) >= FIELD_FLOOR, "datelines: " + total);
        assertTrue(total.share(total.bylines) >= FIELD_FLOOR, "bylines: " + total);
        assertTrue(total.share(total.photos) >= FIELD_FLOOR, "photos: " + total);
    }

    private static void score(PageCorpus.Page page, Score score, List<String> misses) {
        List<ParsedItem> found;
        try {
            found = PageParser.parse(page.text(), new RequestedIssue(page.publication(), page.date(), page.page()),
                    PageLabels.DEFAULT).items();
        } catch (UnrecognisedPageException e) {
            misses.add(page.name() + ": not recognised: " + e.rule());
            found = List.of();
        }
        Set<ParsedItem> matched = new HashSet<>();
        for (ExpectedItem expected : page.items()) {
            score.items++;
            boolean printedHeadline = expected.headline().main() != null;
            score.headlines[1] += printedHeadline ? 1 : 0;
            score.datelines[1]++;
            score.bylines[1]++;
            score.photos[1]++;
            ParsedItem item = found.stream().filter(f -> startsWith(f, expected.bodyStart())).findFirst().orElse(null);
            if (item == null || item.kind() != expected.kind() || !matched.add(item)) {
                misses.add(page.name() + ": no item starting " + expected.bodyStart() + " (found "
                        + found.stream().map(f -> f.kind() + " " + firstText(f)).toList() + ")");
                continue;
            }
            score.split++;
            if (printedHeadline) {
                check(page, "headline", expected.headline(), item.headline(), score.headlines, misses);
            }
            check(page, "dateline", expected.dateline(), item.dateline(), score.datelines, misses);
            check(page, "byline", expected.byline(), item.byline(), score.bylines, misses);
            check(page, "photos", expected.images(), item.images().size(), score.photos, misses);
        }
        long extra = found.stream().filter(f -> !matched.contains(f)).count();
        score.items += extra;
        found.stream().filter(f -> !matched.contains(f))
                .forEach(f -> misses.add(page.name() + ": extra " + f.kind() + " " + f.headline() + " " + firstText(f)));
    }

    private static void check(PageCorpus.Page page, String what, Object expected, Object actual, int[] counter,
            List<String> misses) {
        if (Objects.equals(expected, actual)) {
            counter[0]++;
        } else {
            misses.add(page.name() + ": " + what + " " + actual + ", a reader sees " + expected);
        }
    }

    private static boolean startsWith(ParsedItem item, String start) {
        return firstText(item).replace(" ", "").startsWith(start.replace(" ", ""));
    }

    private static String firstText(ParsedItem item) {
        for (BodyBlock block : item.body()) {
            if (block.type() == BodyBlock.Type.PARAGRAPH) {
                return block.text();
            }
            if (block.type() == BodyBlock.Type.IMAGE && item.kind() == ParsedItem.Kind.PHOTO) {
                return block.image().caption();
            }
        }
        return "";
    }

    private static final class Score {
        private int items;
        private int split;
        /** Right, and of how many: photo items without a printed headline count for none. */
        private final int[] headlines = new int[2];
        private final int[] datelines = new int[2];
        private final int[] bylines = new int[2];
        private final int[] photos = new int[2];

        double share(int right) {
            return items == 0 ? 1 : (double) right / items;
        }

        double share(int[] field) {
            return field[1] == 0 ? 1 : (double) field[0] / field[1];
        }

        @Override
        public String toString() {
            return String.format("split right %d/%d (%.0f%%), headlines %d/%d, datelines %d/%d, bylines %d/%d, "
                    + "photos %d/%d", split, items, 100 * share(split), headlines[0], headlines[1], datelines[0],
                    datelines[1], bylines[0], bylines[1], photos[0], photos[1]);
        }
    }
}
