package io.herald.catalog.search;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A validated search: what to find, the filters, the order and the page.
 *
 * @param query       the parsed {@code q}, or null to list without text search
 * @param section     only articles of this section
 * @param page        only articles on this page: a page label ({@code 01版}) or a page number ({@code 1})
 * @param author      only articles whose contributors include this name
 * @param publication only articles of this publication (its name)
 * @param from        only articles whose issue date is on or after this day
 * @param to          only articles whose issue date is on or before this day
 * @param sort        the order of hits
 * @param limit       hits per page
 * @param after       where the previous page ended, or null for the first page
 */
public record SearchCriteria(SearchQuery query, String section, String page, String author, String publication,
        LocalDate from, LocalDate to, Sort sort, int limit, SearchCursor after) {

    /** Orders of hits. */
    public enum Sort {
        /** Best {@code ts_rank} first, then newest. */
        RELEVANCE,
        /** Newest version first. */
        DATE
    }

    /** Whether any filter (section, page, author, publication, issue dates) narrows the search. */
    public boolean filtered() {
        return section != null || page != null || author != null || publication != null || from != null || to != null;
    }

    /** Identifies the search a cursor belongs to: everything but the page. */
    public String fingerprint() {
        String text = String.join("\u0000", query == null ? "" : Objects.toString(query.tsquery()),
                Objects.toString(section), Objects.toString(page), Objects.toString(author),
                Objects.toString(publication), Objects.toString(from), Objects.toString(to), sort.name());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
