package io.herald.ingest.api;

import java.io.IOException;
import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
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

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.auth.IntakeFormat;
import io.herald.ingest.bulk.BulkConfig;
import io.herald.ingest.bulk.BulkReceipt;
import io.herald.service.problem.Problem;
import io.smallrye.common.annotation.Blocking;

/**
 * {@code POST /articles/bulk} (or {@code POST /articles} as {@code application/x-ndjson}): one article per
 * line, each validated and published like {@code POST /articles}. The body is read as a stream, one line at
 * a time; the sends are pipelined and answered together once Kafka acknowledged them.
 */
@Path("/articles")
@Tag(name = "articles", description = "Submit articles to the pipeline")
public class BulkArticleResource {

    public static final String NDJSON = "application/x-ndjson";

    private final Submissions submissions;
    private final ObjectReader articleReader;
    private final BulkConfig config;

    @Inject
    public BulkArticleResource(Submissions submissions, ObjectMapper json, BulkConfig config) {
        this.submissions = submissions;
        this.articleReader = json.readerFor(ArticleRequest.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.config = config;
    }

    @POST
    @Path("/bulk")
    @Consumes(NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Submit many articles, one JSON article per line (NDJSON)",
            description = "Each line is validated and published like POST /articles, with the same rule for revision "
                    + "(a line whose revision stands for other content, or that is larger than herald.ingest.max-article-bytes, "
                    + "is that line's error); good lines are published even when others fail. Answers once every line's "
                    + "event was acknowledged (or timed out).")
    @APIResponse(responseCode = "200", description = "One result per non-blank line: its receipt or its errors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkReceipt.class)))
    @APIResponse(responseCode = "400", description = "The body holds no article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or invalid credentials",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The source may not use the bulk intake",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BulkReceipt submitBulk(InputStream body) throws IOException, InterruptedException {
        Intake intake = submissions.open(IntakeFormat.BULK, FieldNames.HERALD);
        BulkReceipt receipt = submissions.submitEach(intake,
                new ArticleLines(body, articleReader, config.maxLineLength()));
        if (receipt.lines().isEmpty()) {
            throw new BadRequestException("The request has no articles; send one JSON article per line.");
        }
        return receipt;
    }

    @POST
    @Consumes(NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Same as POST /articles/bulk", description = "POST /articles sent as application/x-ndjson.")
    public BulkReceipt submitNdjson(InputStream body) throws IOException, InterruptedException {
        return submitBulk(body);
    }
}
