package io.herald.ingest.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.herald.events.RelatedEntry;

/** One line of the table of contents (本期导读). */
public record RelatedEntryRequest(@NotBlank @Size(max = 512) String title, @Size(max = 64) String page) {

    RelatedEntry toEvent() {
        return new RelatedEntry(title, page);
    }
}
