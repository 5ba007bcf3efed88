package io.herald.ingest.api;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.auth.IntakeFormat;
import io.herald.ingest.config.IngestConfig;
import io.herald.ingest.formats.issue.DistinctItemIds;
import io.herald.ingest.formats.issue.IssueArticleRequests;
import io.herald.ingest.formats.issue.PageParser;
import io.herald.ingest.formats.issue.ParsedPage;
import io.herald.ingest.formats.issue.RequestedIssue;
import io.herald.ingest.formats.issue.report.IssueReport;
import io.herald.service.problem.Problem;
import io.smallrye.mutiny.Uni;

/**
 * {@code POST /issues}: a page of a paper as text in, one {@code ArticleSubmitted} event per article and photo
 * item out, and a report of what was recognised.
 */
@Path("/issues")
@Tag(name = "issues", description = "Submit a newspaper page as text")
public class IssueResource {

    static final String MARKDOWN = "text/markdown";

    private final Submissions submissions;
    private final Duration retryAfter;

    @Inject
    public IssueResource(Submissions submissions, IngestConfig config) {
        this.submissions = submissions;
        this.retryAfter = config.retryAfter();
    }

    @POST
    @Consumes({ MARKDOWN, MediaType.TEXT_PLAIN })
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Operation(summary = "Submit one page of a newspaper",
            description = "Recognises masthead, articles (headline, dateline, byline, sign-off), photo items, 本期导读 "
                    + "and footer noise, rejoins paragraphs broken mid-sentence, publishes every item and answers 202 "
                    + "once Kafka acknowledged all of them. Each item's id is its source's name, a colon and "
                    + "<issue date>-p<page>-<position on the page, 01 for the first item>-<first 8 hex digits of the "
                    + "SHA-256 of the paper's name>, e.g. demo:2026-04-06-p01-03-f10687e6: items with the same headline "
                    + "get ids of their own, and posting the same page again yields the same ids (and event ids), "
                    + "so a corrected page posted again updates its articles: without a revision, each changed item "
                    + "becomes its article's next revision and each unchanged one is the same event again.")
    @APIResponse(responseCode = "202", description = "Every item is on Kafka; the body reports what was recognised",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssueReport.class)))
    @APIResponse(responseCode = "400", description = "Empty, not UTF-8, or not a page, or a query parameter breaks its "
            + "rule: the problem names the rule (and the parameter)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or invalid credentials",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The source may not use the issue intake",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An item's revision already stands for other content: nothing was sent; the problem names the revision to send",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "An item is larger than herald.ingest.max-article-bytes as an event: nothing was sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not sent as text/markdown or text/plain",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Two items would be published under one id; the problem names "
            + "both and nothing was published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge every item; the problem says which were published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<IssueReport> submit(byte[] body,
            @Parameter(description = "the paper's name, for a page whose text prints no masthead; a masthead that "
                    + "names another paper wins, with a warning in the report")
            @QueryParam("publication") String publication,
            @Parameter(description = "the issue date as YYYY-MM-DD, for a page whose text prints none; a printed date "
                    + "wins, with a warning in the report")
            @QueryParam("date") String date,
            @Parameter(description = "page label when the masthead prints none, e.g. 01版, 1 or A1; a printed label "
                    + "wins, with a warning in the report")
            @QueryParam("page") String page,
            @Parameter(description = "revision of every item; without it each item follows the revision rule on its own "
                    + "(an unchanged item is the same event again, a changed one its article's next revision, a new one 1); "
                    + "with it, a changed item at a revision already accepted is a 409")
            @QueryParam("revision") @Min(1) Integer revision) {
        Intake intake = submissions.open(IntakeFormat.ISSUE, FieldNames.HERALD);
        ParsedPage parsed = PageParser.parse(body, RequestedIssue.of(publication, date, page));
        List<ArticleRequest> items = IssueArticleRequests.of(parsed, revision);
        submissions.check(intake.names(), items);
        List<String> articleIds = DistinctItemIds.require(intake.source(), items);
        return submissions.publishTogether(intake, items)
                .map(acknowledged -> IssueReport.of(parsed, articleIds, acknowledged, retryAfter));
    }
}
