package io.herald.ingest.api;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.databind.JsonNode;

import io.herald.ingest.assets.AssetStore;
import io.herald.ingest.auth.IntakeFormat;
import io.herald.ingest.auth.Public;
import io.herald.ingest.config.IngestConfig;
import io.herald.ingest.formats.superdesk.SuperdeskItem;
import io.herald.ingest.formats.superdesk.SuperdeskItemMapper;
import io.herald.service.problem.FieldError;
import io.herald.service.problem.InvalidFieldsException;
import io.herald.service.problem.Problem;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/**
 * Superdesk's HTTP push, so that a Superdesk subscriber configured with Herald's URLs (resource URL
 * {@code /superdesk/items}, assets URL {@code /superdesk/assets}) publishes into Herald unchanged. For each
 * rendition of an item's pictures Superdesk asks, unsigned, whether Herald holds it ({@code GET
 * /superdesk/assets/{media_id}}: 200 yes, 404 upload it), uploads the missing ones ({@code POST
 * /superdesk/assets}, multipart), then pushes the item. Its POSTs carry {@code x-superdesk-signature}, checked
 * by {@code io.herald.ingest.auth.IntakeAuthentication}. Media ids may contain slashes, e.g.
 * {@code 20260406120000/3f1c….jpg}.
 */
@Path("/superdesk")
@Tag(name = "superdesk", description = "Superdesk HTTP push (items and assets)")
public class SuperdeskResource {

    private static final FieldNames SUPERDESK_NAMES = FieldNames.of(SuperdeskItemMapper.HERALD_FIELDS);
    private static final int MAX_MEDIA_ID = 1024;
    /** Checked by {@code io.herald.ingest.auth.IntakeAuthentication} before the resource is called. */
    private static final String SUPERDESK_SIGNATURE = "x-superdesk-signature";

    private final Submissions submissions;
    private final IdempotentSubmissions idempotency;
    private final AssetStore assets;
    private final IngestConfig config;

    @Inject
    public SuperdeskResource(Submissions submissions, IdempotentSubmissions idempotency, AssetStore assets,
            IngestConfig config) {
        this.submissions = submissions;
        this.idempotency = idempotency;
        this.assets = assets;
        this.config = config;
    }

    @POST
    @Path("/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Blocking
    @Operation(summary = "Receive one pushed item (Superdesk's ninjs)",
            description = "Pictures Superdesk uploaded to /superdesk/assets are referenced at Herald's /assets/{sha256}; "
                    + "a picture it did not upload is left out, and the receipt's warnings name it. The same signed "
                    + "push again (Superdesk sends it again when it got no answer) gets the first push's answer, "
                    + "for herald.ingest.idempotency-ttl, without publishing again.")
    public Uni<SubmissionReceipt> item(@HeaderParam(SUPERDESK_SIGNATURE) String signature, JsonNode item) {
        Intake intake = submissions.open(IntakeFormat.SUPERDESK, SUPERDESK_NAMES);
        return idempotency.submit(intake.source(), SUPERDESK_SIGNATURE + "=" + signature.toLowerCase(Locale.ROOT), item,
                () -> {
                    SuperdeskItem read = SuperdeskItemMapper.read(item, assets::urlOfMediaId,
                            config.superdeskSubheadlineField());
                    return submissions.submit(intake, read.article()).map(receipt -> receipt.warning(read.warnings()));
                });
    }

    @GET
    @Path("/assets/{media_id: .+}")
    @Public
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether a binary was uploaded under a Superdesk media id",
            description = "Superdesk asks without a signature, so this needs none and tells nothing but whether the "
                    + "media id was stored: 200 {\"stored\":true}, else a 404 problem (Superdesk then uploads it).")
    @APIResponse(responseCode = "200", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoredMedia.class)))
    @APIResponse(responseCode = "404", description = "Not stored: upload it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StoredMedia asset(@PathParam("media_id") String mediaId) {
        if (!assets.holdsMediaId(mediaId)) {
            throw new NotFoundException("No binary was uploaded under media id " + mediaId + ".");
        }
        return StoredMedia.YES;
    }

    /** The answer of an asset check: it was stored. */
    public record StoredMedia(boolean stored) {
        static final StoredMedia YES = new StoredMedia(true);
    }

    @POST
    @Path("/assets")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a binary under Superdesk's media id")
    public Response upload(@RestForm("media_id") String mediaId, @RestForm("media") FileUpload media) throws IOException {
        checkUpload(mediaId, media);
        String contentType = media.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : media.contentType();
        String sha256 = assets.store(mediaId, contentType, Files.readAllBytes(media.uploadedFile()));
        return Response.status(201).location(URI.create(assets.url(sha256)))
                .entity(new StoredAsset(mediaId, sha256, assets.url(sha256))).build();
    }

    /**
     * @param mediaId Superdesk's id of the binary
     * @param sha256  the hex SHA-256 of its bytes
     * @param url     where events reference it
     */
    public record StoredAsset(String mediaId, String sha256, String url) {
    }

    private static void checkUpload(String mediaId, FileUpload media) {
        List<FieldError> errors = new ArrayList<>();
        if (mediaId == null || mediaId.isBlank() || mediaId.length() > MAX_MEDIA_ID || mediaId.indexOf('\0') >= 0) {
            errors.add(new FieldError("media_id", "must be 1–" + MAX_MEDIA_ID + " characters, none of them NUL"));
        }
        if (media == null) {
            errors.add(new FieldError("media", "must be a file"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }
}
