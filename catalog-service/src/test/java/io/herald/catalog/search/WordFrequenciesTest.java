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
        assertFalse(STATISTICS.favourIndex(clauses("中国"), 1000, false));
    }

    @Test
    void aWordInAFewPercentOfTheArticlesIsFoundThroughTheIndex() {
        assertTrue(STATISTICS.favourIndex(clauses("台湾"), 1000, false));
    }

    @Test
    void anUnlistedWordIsAsRareAsTheRarestListedOne() {
        assertEquals(0.02f, STATISTICS.share(clauses("盾构机")));
        assertTrue(STATISTICS.favourIndex(clauses("盾构机"), 1000, false));
    }

    @Test
    void anUnlistedWordIsFoundThroughTheIndexForASmallCapToo() {
        WordFrequencies.Snapshot large = new WordFrequencies.Snapshot(Map.of("中国", 0.9f, "医院", 0.03f), 0.024f,
                300_000, 0);
        // a page of 21 newest first: a listed word in 3 % of the articles is met about every 33 articles
        assertFalse(large.favourIndex(clauses("医院"), 21, false));
        // an unlisted one may be in far fewer: newest first could read the whole catalog
        assertTrue(large.favourIndex(clauses("华裔"), 21, false));
        assertTrue(large.favourIndex(clauses("中国", "华裔"), 21, false));
    }

    @Test
    void aFilteredSearchFavoursTheIndexForCommonerWords() {
        WordFrequencies.Snapshot large = new WordFrequencies.Snapshot(Map.of("中国", 0.9f, "以来", 0.14f), 0.024f,
                300_000, 0);
        assertFalse(large.favourIndex(clauses("以来"), 1000, false));
        // through the index, only the matches in the section are fetched
        assertTrue(large.favourIndex(clauses("以来"), 1000, true));
        assertFalse(large.favourIndex(clauses("中国"), 1000, true));
    }

    @Test
    void aShareIsAnEstimateOnlyWhenEveryWordIsListed() {
        assertTrue(STATISTICS.listed(clauses("中国", "台湾")));
        assertFalse(STATISTICS.listed(clauses("中国", "盾构机")));
        assertFalse(STATISTICS.listed(List.of(new SearchQuery.Clause(List.of("盾构", "机"), List.of(0, 1)))));
    }

    @Test
    void wordsOfOneQueryMultiplyTheirShares() {
        assertEquals(0.2f, STATISTICS.share(clauses("教育", "美国")), 1e-6);
        assertEquals(0.4f, STATISTICS.share(List.of(new SearchQuery.Clause(List.of("教育", "教育"), List.of(0, 1)))),
                1e-6);
        // 0.04 of 100,000 articles through the index, against 1000 / 0.2 tested newest first
        assertTrue(STATISTICS.favourIndex(clauses("教育", "美国"), 1000, false));
        assertFalse(STATISTICS.favourIndex(clauses("教育", "美国"), 100, false));
    }

    @Test
    void theIndexWinsForCommonerWordsWhenTheCatalogIsSmall() {
        WordFrequencies.Snapshot small = new WordFrequencies.Snapshot(Map.of("中国", 0.9f), 0.1f, 5_000, 0);
        assertTrue(small.favourIndex(clauses("中国"), 1000, false));
    }

    @Test
    void withoutStatisticsThePlannerDecides() {
        assertNull(WordFrequencies.Snapshot.NONE.share(clauses("中国")));
        assertFalse(WordFrequencies.Snapshot.NONE.favourIndex(clauses("台湾"), 1000, false));
    }

    private static List<SearchQuery.Clause> clauses(String... words) {
        return List.of(words).stream().map(word -> new SearchQuery.Clause(List.of(word), List.of(0))).toList();
    }
}
