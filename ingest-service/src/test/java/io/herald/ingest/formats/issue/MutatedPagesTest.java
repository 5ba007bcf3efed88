package io.herald.ingest.formats.issue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Thousands of pages mutated at random (seeded, so a failure repeats): the parser either recognises a page
 * whose every item has a headline and a body, or names the rule the text breaks. It never fails otherwise.
 */
class MutatedPagesTest {

    private static final String ALPHABET = "#-*() （）\n\n图为摄发版期年月日电讯记者通讯员本报讯。，、：“”—／/ 姚雯 12AaZ导读网";
    private static final int PAGES = 1000;

    @Test
    void everyMutatedPageIsRecognisedOrRejectedByARule() {
        Random random = new Random(20260406);
        List<String> seeds = List.of(PageTexts.read(PageTexts.REFERENCE), PageTexts.read("renmin-style-2026-03-05-p01.txt"));
        int recognised = 0;
        for (int i = 0; i < PAGES; i++) {
            String page = mutate(seeds.get(i % seeds.size()), random);
            try {
                ParsedPage parsed = PageParser.parse(page, PageLabels.DEFAULT);
                for (ParsedItem item : parsed.items()) {
                    assertFalse(item.headline().main().isBlank(), page);
                    assertFalse(item.body().isEmpty(), page);
                }
                recognised++;
            } catch (UnrecognisedPageException e) {
                assertFalse(e.rule().isBlank());
            }
        }
        assertTrue(recognised > PAGES / 2, "most mutations keep a recognisable page: " + recognised);
    }

    private static String mutate(String page, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(page.split("\n", -1)));
        int mutations = 1 + random.nextInt(6);
        for (int m = 0; m < mutations && !lines.isEmpty(); m++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, line);
                case 2 -> lines.set(at, line.substring(0, random.nextInt(line.length() + 1)));
                case 3 -> {
                    int pos = random.nextInt(line.length() + 1);
                    lines.set(at, line.substring(0, pos) + ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                            + line.substring(pos));
                }
                case 4 -> lines.set(at, "## " + line);
                default -> lines.add(at, lines.remove(random.nextInt(lines.size())));
            }
        }
        return String.join("\n", lines);
    }
}
