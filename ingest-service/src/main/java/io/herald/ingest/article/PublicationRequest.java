package io.herald.ingest.article;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import io.herald.events.Publication;

/** The printed issue an article appeared in; see {@link Publication}. */
public record PublicationRequest(
        @NotBlank @Size(max = 256) String name,
        @Size(max = 256) String nameEn,
        LocalDate issueDate,
        @Positive Integer issueNumber,
        @Positive Integer totalIssueNumber,
        @Positive Integer pageCount,
        @Size(max = 64) String serialNumber,
        @Size(max = 64) String postalDistributionCode) {

    Publication toEvent() {
        return new Publication(name, nameEn, issueDate, issueNumber, totalIssueNumber, pageCount, serialNumber,
                postalDistributionCode);
    }
}
