package io.herald.ingest.api;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.herald.ingest.auth.Caller;
import io.herald.ingest.auth.IntakeFormat;
import io.herald.ingest.article.ArticleRequest;
import io.herald.service.problem.Problem;
import io.smallrye.mutiny.Uni;

/** {@code POST /articles}: one revision of one article in, one {@code ArticleSubmitted} event out. */
@Path("/articles")
@Tag(name = "articles", description = "Submit articles to the pipeline")
public class ArticleResource {

    private final Submissions submissions;
    private final Caller caller;
    private final IdempotentSubmissions idempotency;

    @Inject
    public ArticleResource(Submissions submissions, Caller caller, IdempotentSubmissions idempotency) {
        this.submissions = submissions;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Operation(summary = "Submit one revision of an article",
            description = "Answers 202 only after Kafka acknowledged the event. A revision stands for one content: "
                    + "the same content again as the same revision (or with no revision, as the article's latest) yields "
                    + "the same event id, which consumers drop as a duplicate; other content with no revision becomes "
                    + "the next revision; other content with a revision already acknowledged is a 409 naming the "
                    + "revision to send. With an Idempotency-Key, the "
                    + "same request again gets the first answer and is not published again (per instance, for "
                    + "herald.ingest.idempotency-ttl).")
    @APIResponse(responseCode = "202", description = "Kafka holds the event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubmissionReceipt.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, or fields that are invalid or not fields of "
            + "an article, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or invalid credentials",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The source may not use this intake, or the body names another source",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was already used with a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The revision already stands for other content; the problem names the revision to send",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The article is larger than herald.ingest.max-article-bytes (1 MiB by default) as an event",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not sent as application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Kafka or ingest's database did not answer in time; retry after Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SubmissionReceipt> submit(@HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull ArticleRequest request) {
        submissions.check(FieldNames.HERALD, request);
        Intake intake = submissions.open(IntakeFormat.JSON, FieldNames.HERALD);
        caller.requireOwnSource(request.source());
        return idempotency.submit(intake.source(), idempotencyKey, request, () -> submissions.publish(intake, request));
    }
}
