package io.herald.render.web;

import java.time.LocalDate;

/** No visible article belongs to the requested printed issue, or to the requested page of it. */
public class IssueNotFoundException extends RuntimeException {

    public IssueNotFoundException(String publication, LocalDate issueDate, Integer pageNumber) {
        super("No visible article of " + publication + " of " + issueDate
                + (pageNumber == null ? "" : " on page " + pageNumber) + " exists");
    }
}
