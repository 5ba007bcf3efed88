package io.herald.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void aWordIsThePhraseOfItsSegments() {
        assertEquals("'芯片'", SearchQuery.parse("芯片").tsquery());
        assertEquals("('盾' <-> '构' <-> '机')", SearchQuery.parse("盾构机").tsquery());
        assertEquals("('中关村' <-> '论坛')", SearchQuery.parse("中关村论坛").tsquery());
    }

    @Test
    void wordsMustAllMatchAndQuotedWordsFollowOneAnother() {
        assertEquals("'中关村' & '论坛'", SearchQuery.parse("中关村 论坛").tsquery());
        assertEquals("('中关村' <-> '论坛')", SearchQuery.parse("\"中关村 论坛\"").tsquery());
        assertEquals("('中关村' <-> '论坛')", SearchQuery.parse("\"中关村 论坛").tsquery(), "an unclosed quote ends the q");
    }

    @Test
    void excludedWordsAndPhrasesAreNegated() {
        SearchQuery query = SearchQuery.parse("创新 -芯片 -\"中关村 论坛\"");
        assertEquals("'创新' & !('芯片') & !(('中关村' <-> '论坛'))", query.tsquery());
        assertEquals(List.of(new SearchQuery.Clause(List.of("创新"), List.of(0))), query.clauses());
        assertTrue(query.excluding());
    }

    @Test
    void punctuationBetweenSegmentsIsADistance() {
        assertEquals("('奋' <-> '楫' <-> '号' <2> '盾' <-> '构' <-> '机')",
                SearchQuery.parse("奋楫号”盾构机").tsquery());
    }

    @Test
    void tsqueryOperatorsAndQuotesAreOnlyText() {
        assertEquals("('a' <2> 'b')", SearchQuery.parse("a&b").tsquery());
        assertEquals("'it'", SearchQuery.parse("'it'").tsquery());
        assertEquals("'芯片'", SearchQuery.parse("!芯片:*").tsquery());
        assertEquals("'芯片' & ('盾' <-> '构' <-> '机')", SearchQuery.parse("芯片 | 盾构机").tsquery());
        assertEquals("'drop' & 'tabl' & 'articl'", SearchQuery.parse("'; drop table article; --").tsquery());
    }

    @Test
    void onlyExclusionsOrOnlyPunctuationFindNothing() {
        SearchQuery exclusions = SearchQuery.parse("-芯片");
        assertFalse(exclusions.findsAnything());
        assertTrue(exclusions.excluding());
        SearchQuery punctuation = SearchQuery.parse("。,、!&|()");
        assertFalse(punctuation.findsAnything());
        assertFalse(punctuation.excluding());
        assertNull(SearchQuery.parse("\u0000\u0001 \ud800").tsquery());
    }

    @Test
    void quotesAndBackslashesInsideALexemeAreEscaped() {
        assertEquals("'it''s'", ChineseAnalysis.quote("it's"));
        assertEquals("'a\\\\b'", ChineseAnalysis.quote("a\\b"));
        assertNull(ChineseAnalysis.lexeme("\u0000\u200b\ud800"));
        assertEquals("芯片", ChineseAnalysis.lexeme("芯\u0000片"));
    }
}
