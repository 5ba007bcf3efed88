package io.herald.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WordFrequenciesTest {

    private static final WordFrequencies.Snapshot STATISTICS = new WordFrequencies.Snapshot(
            Map.of("中国", 0.9f, "教育", 0.4f, "美国", 0.5f, "台湾", 0.05f), 0.02f, 100_000, 0);

    @Test
    void aWordInMostArticlesIsFoundNewestFirst() {
        assertFalse(STATISTICS.favourIndex(clauses("中国"), 1000));
    }

    @Test
    void aWordInAFewPercentOfTheArticlesIsFoundThroughTheIndex() {
        assertTrue(STATISTICS.favourIndex(clauses("台湾"), 1000));
    }

    @Test
    void anUnlistedWordIsAsRareAsTheRarestListedOne() {
        assertEquals(0.02f, STATISTICS.share(clauses("盾构机")));
        assertTrue(STATISTICS.favourIndex(clauses("盾构机"), 1000));
    }

    @Test
    void wordsOfOneQueryMultiplyTheirShares() {
        assertEquals(0.2f, STATISTICS.share(clauses("教育", "美国")), 1e-6);
        assertEquals(0.4f, STATISTICS.share(List.of(new SearchQuery.Clause(List.of("教育", "教育"), List.of(0, 1)))),
                1e-6);
        // 0.04 of 100,000 articles through the index, against 1000 / 0.2 tested newest first
        assertTrue(STATISTICS.favourIndex(clauses("教育", "美国"), 1000));
        assertFalse(STATISTICS.favourIndex(clauses("教育", "美国"), 100));
    }

    @Test
    void theIndexWinsForCommonerWordsWhenTheCatalogIsSmall() {
        WordFrequencies.Snapshot small = new WordFrequencies.Snapshot(Map.of("中国", 0.9f), 0.1f, 5_000, 0);
        assertTrue(small.favourIndex(clauses("中国"), 1000));
    }

    @Test
    void withoutStatisticsThePlannerDecides() {
        assertNull(WordFrequencies.Snapshot.NONE.share(clauses("中国")));
        assertFalse(WordFrequencies.Snapshot.NONE.favourIndex(clauses("台湾"), 1000));
    }

    private static List<SearchQuery.Clause> clauses(String... words) {
        return List.of(words).stream().map(word -> new SearchQuery.Clause(List.of(word), List.of(0))).toList();
    }
}
