package io.herald.events;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An issue's 本期导读 table of contents, from the {@link ArticleSubmitted#related()} entries its articles carry:
 * every article of a page usually repeats the same box, so each entry is listed once, where it is first seen when
 * the articles are read in printed order. Entries without a title are not lines of the box and are left out.
 */
public final class TableOfContents {

    private TableOfContents() {
    }

    /** The entries of {@code articles} (in printed order), each (title, page) once, in the order first seen. */
    public static List<RelatedEntry> of(List<ArticleSubmitted> articles) {
        Set<RelatedEntry> entries = new LinkedHashSet<>();
        for (ArticleSubmitted article : articles) {
            for (RelatedEntry entry : article.related()) {
                if (entry.title() != null && !entry.title().isBlank()) {
                    entries.add(entry);
                }
            }
        }
        return List.copyOf(entries);
    }
}
