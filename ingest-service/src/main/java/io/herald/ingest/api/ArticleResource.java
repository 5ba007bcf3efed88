package io.herald.ingest.api;

import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

import io.herald.events.ArticleSubmitted;
import io.herald.ingest.auth.Caller;
import io.herald.ingest.auth.IntakeFormat;
import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.article.ArticleRequestMapper;
import io.herald.ingest.publish.ArticlePublisher;
import io.smallrye.mutiny.Uni;

/** {@code POST /articles}: one revision of one article in, one {@code ArticleSubmitted} event out. */
@Path("/articles")
@Tag(name = "articles", description = "Submit articles to the pipeline")
public class ArticleResource {

    private final ArticleRequestMapper mapper;
    private final ArticlePublisher publisher;
    private final Caller caller;

    @Inject
    public ArticleResource(ArticleRequestMapper mapper, ArticlePublisher publisher, Caller caller) {
        this.mapper = mapper;
        this.publisher = publisher;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Operation(summary = "Submit one revision of an article",
            description = "Answers 202 only after Kafka acknowledged the event; posting the same revision again "
                    + "yields the same event id, which consumers drop as a duplicate.")
    @APIResponse(responseCode = "202", description = "Kafka holds the event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubmissionReceipt.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or invalid credentials",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The source may not use this intake, or the body names another source",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not sent as application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge in time; retry after Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SubmissionReceipt> submit(@NotNull @Valid ArticleRequest request) {
        caller.requireFormat(IntakeFormat.JSON);
        caller.requireOwnSource(request.source());
        Instant now = Instant.now();
        ArticleSubmitted article = mapper.toEvent(request, caller.source(), now);
        return publisher.publish(article, now)
                .map(event -> new SubmissionReceipt(article.articleId(), article.revision(), event.id()));
    }
}
