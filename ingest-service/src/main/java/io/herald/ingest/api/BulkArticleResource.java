package io.herald.ingest.api;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.auth.Caller;
import io.herald.ingest.auth.IntakeFormat;
import io.herald.ingest.bulk.BulkConfig;
import io.herald.ingest.bulk.BulkReceipt;
import io.herald.ingest.bulk.BulkSubmission;
import io.herald.ingest.bulk.LineResult;
import io.herald.ingest.bulk.NdjsonLines;
import io.herald.ingest.bulk.SendWindow;
import io.herald.ingest.publish.ArticleSubmissions;
import io.herald.ingest.publish.ArticleTooLargeException;
import io.herald.service.problem.FieldError;
import io.herald.service.problem.FieldPath;
import io.herald.service.problem.Problem;
import io.herald.service.problem.UnreadableJson;
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

    private final ArticleSubmissions submissions;
    private final Validator validator;
    private final ObjectReader articleReader;
    private final BulkConfig config;
    private final SendWindow window;
    private final Caller caller;

    @Inject
    public BulkArticleResource(ArticleSubmissions submissions, Validator validator, ObjectMapper json,
            BulkConfig config, SendWindow window, Caller caller) {
        this.submissions = submissions;
        this.validator = validator;
        this.articleReader = json.readerFor(ArticleRequest.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.config = config;
        this.window = window;
        this.caller = caller;
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
        caller.requireFormat(IntakeFormat.BULK);
        // Read once: the request-scoped Caller is not reliably resolvable while the body is being streamed.
        String source = caller.source();
        Instant now = Instant.now();
        NdjsonLines lines = new NdjsonLines(body, config.maxLineLength());
        BulkSubmission sends = new BulkSubmission(submissions, window, config.chunkSize());
        for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
            if (!line.isBlank()) {
                submitLine(line, source, now, sends);
            }
        }
        if (sends.isEmpty()) {
            throw new BadRequestException("The request has no articles; send one JSON article per line.");
        }
        return BulkReceipt.of(sends.awaitAll());
    }

    @POST
    @Consumes(NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Same as POST /articles/bulk", description = "POST /articles sent as application/x-ndjson.")
    public BulkReceipt submitNdjson(InputStream body) throws IOException, InterruptedException {
        return submitBulk(body);
    }

    private void submitLine(NdjsonLines.Line line, String source, Instant now, BulkSubmission sends)
            throws InterruptedException {
        if (line.tooLong()) {
            sends.add(LineResult.invalid(line.number(),
                    List.of(new FieldError(null, "must be at most " + config.maxLineLength() + " bytes long"))));
            return;
        }
        List<FieldError> errors;
        try {
            ArticleRequest request = articleReader.readValue(line.bytes());
            errors = violations(request, source);
            if (errors.isEmpty()) {
                sends.submit(line.number(), submissions.prepare(request, source, now));
                return;
            }
        } catch (IOException e) {
            errors = List.of(unreadable(e));
        } catch (ArticleTooLargeException e) {
            errors = List.of(new FieldError(e.field(), e.rule()));
        }
        sends.add(LineResult.invalid(line.number(), errors));
    }

    private List<FieldError> violations(ArticleRequest request, String source) {
        if (request == null) {
            return List.of(new FieldError(null, "must be a JSON object"));
        }
        if (request.source() != null && !request.source().equals(source)) {
            return List.of(new FieldError("source", "must be absent or the authenticated source " + source));
        }
        Set<ConstraintViolation<ArticleRequest>> violations = validator.validate(request);
        return violations.stream()
                .map(violation -> new FieldError(FieldPath.of(violation.getPropertyPath()), violation.getMessage()))
                .toList();
    }

    /** The line's JSON syntax or type error, named as {@code POST /articles} names it. */
    private static FieldError unreadable(IOException e) {
        if (e instanceof JsonMappingException mapping) {
            return UnreadableJson.fieldError(mapping);
        }
        String message = e instanceof JsonProcessingException json ? UnreadableJson.syntaxError(json) : e.getMessage();
        return new FieldError(null, "must be valid JSON: " + message);
    }
}
