package io.herald.ingest.api;

import jakarta.inject.Inject;
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

import com.fasterxml.jackson.databind.JsonNode;

import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.auth.IntakeFormat;
import io.herald.ingest.formats.ninjs.NinjsMapper;
import io.herald.ingest.formats.ninjs.UnrepresentableItemException;
import io.herald.service.problem.InvalidFieldsException;
import io.herald.service.problem.Problem;
import io.smallrye.mutiny.Uni;

/**
 * {@code POST /ninjs}: one IPTC ninjs 2.0–2.2 item in, validated against IPTC's schema of its version, one
 * {@code ArticleSubmitted} event (an article, a brief or a photo item) out.
 */
@Path("/ninjs")
@Tag(name = "ninjs", description = "Submit IPTC ninjs 2.x items")
public class NinjsResource {

    private static final FieldNames NINJS_NAMES = FieldNames.of(NinjsMapper.HERALD_FIELDS);

    private final Submissions submissions;

    @Inject
    public NinjsResource(Submissions submissions) {
        this.submissions = submissions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Operation(summary = "Submit one ninjs 2.x item",
            description = "The item is validated against IPTC's official ninjs JSON Schema of the version its "
                    + "$schema names (2.0, 2.1 or 2.2; 2.2 when absent). uri is the source id and version, when a "
                    + "positive whole number, the revision. A text becomes an article (a brief when it has only "
                    + "descriptions), a package the article with its pictures, a picture or graphic a photo item. "
                    + "Answers 202 only after Kafka acknowledged the event.")
    @APIResponse(responseCode = "202", description = "Kafka holds the event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubmissionReceipt.class)))
    @APIResponse(responseCode = "400", description = "Not valid against the ninjs schema (each violation named "
            + "by its JSON pointer and the schema's rule), or an unknown $schema",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or invalid credentials",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The source may not use the ninjs intake",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Valid ninjs Herald cannot publish: an audio, video or "
            + "component item (unsupported-item-type, naming type), an item with nothing to show "
            + "(item-without-content), or fields beyond Herald's own limits, e.g. a headline over 512 characters or "
            + "a date not in RFC 3339 (item-beyond-herald-limits, naming each field and rule)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge in time; retry after Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SubmissionReceipt> submit(JsonNode item) {
        Intake intake = submissions.open(IntakeFormat.NINJS, NINJS_NAMES);
        ArticleRequest article = NinjsMapper.toRequest(item);
        try {
            submissions.check(NINJS_NAMES, article);
        } catch (InvalidFieldsException e) {
            throw UnrepresentableItemException.beyondHeraldLimits(e.errors());
        }
        return submissions.publish(intake, article);
    }
}
