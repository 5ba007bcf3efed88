package io.herald.catalog.search;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A search's facets: counts over its candidates of the {@value #FACET_VALUES} most frequent values of each facet. */
final class SearchFacets {

    /** Values listed per facet, most frequent first. */
    static final int FACET_VALUES = 50;

    private SearchFacets() {
    }

    /** The facets of {@code candidates}; {@code bounded}: they are the newest matches only. */
    static SearchResult.Facets over(List<Candidate> candidates, boolean bounded) {
        Map<String, Long> sections = new HashMap<>();
        Map<String, Long> pages = new HashMap<>();
        Map<String, Long> authors = new HashMap<>();
        Map<String, Long> issueDates = new HashMap<>();
        for (Candidate candidate : candidates) {
            count(sections, candidate.section());
            count(pages, candidate.page());
            candidate.authors().forEach(author -> count(authors, author));
            count(issueDates, candidate.issueDate() == null ? null : candidate.issueDate().toString());
        }
        return new SearchResult.Facets(bounded ? SearchResult.Facets.NEWEST : SearchResult.Facets.ALL,
                top(sections), top(pages), top(authors), top(issueDates));
    }

    private static void count(Map<String, Long> counts, String value) {
        if (value != null) {
            counts.merge(value, 1L, Long::sum);
        }
    }

    private static List<SearchResult.Count> top(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(FACET_VALUES)
                .map(entry -> new SearchResult.Count(entry.getKey(), entry.getValue()))
                .toList();
    }
}
