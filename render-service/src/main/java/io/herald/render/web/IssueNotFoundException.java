package io.herald.render.web;

import java.time.LocalDate;

import io.herald.service.problem.ProblemException;

/**
 * No visible article belongs to the requested printed issue, or to the requested page of it: a 404
 * {@code issue-not-found} problem.
 */
public class IssueNotFoundException extends ProblemException {

    public IssueNotFoundException(String publication, LocalDate issueDate, Integer pageNumber) {
        super("issue-not-found", "Issue not found", 404, "No visible article of " + publication + " of " + issueDate
                + (pageNumber == null ? "" : " on page " + pageNumber) + " exists");
    }
}
