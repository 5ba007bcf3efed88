package io.herald.service.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProblemExceptionTest {

    @Test
    void anInvalidParameterNamesItsRuleAndShowsTheValuePrintableAndCutShort() {
        Problem problem = ProblemException.invalidParameter("q", "must be short", "a\u0000b" + "x".repeat(200))
                .problem("/articles");

        assertEquals(URI.create("urn:herald:problem:invalid-parameter"), problem.type());
        assertEquals(400, problem.status());
        assertEquals("q must be short, got \"a?b" + "x".repeat(97) + "…\"", problem.detail());
        assertEquals("/articles", problem.instance());
        assertEquals(List.of(new FieldError("q", "must be short")), problem.errors());
    }

    @Test
    void aLoneSurrogateIsShownAsAQuestionMarkAPairKept() {
        assertEquals("p must be text, got \"?𠀀\"",
                ProblemException.invalidParameter("p", "must be text", "\uD800\uD840\uDC00").detail());
    }

    @Test
    void theCommonProblemsHaveTheirTypesAndStatuses() {
        assertEquals(new Problem(Problem.type("not-found"), "Not found", 404, "none", "/a"),
                ProblemException.notFound("none").problem("/a"));
        assertEquals(410, ProblemException.gone("killed").status());
        assertEquals(409, ProblemException.conflict("running").status());
        assertEquals(422, ProblemException.unprocessable("still fails").status());
        assertEquals(Problem.type("unavailable"), ProblemException.unavailable("no database").problem("/").type());
    }

    @Test
    void invalidFieldsAreListedByFieldTheWholeBodyFirst() {
        InvalidFieldsException invalid = new InvalidFieldsException(List.of(new FieldError("title", "must be a string"),
                new FieldError("body[0]", "must be an object"), new FieldError(null, "must not be empty")));

        assertEquals(List.of(new FieldError(null, "must not be empty"), new FieldError("body[0]", "must be an object"),
                new FieldError("title", "must be a string")), invalid.errors());
        assertEquals("3 field(s) of the request are invalid.", invalid.detail());
        assertEquals(Problem.type("invalid-request"), invalid.problem("/").type());
    }
}
