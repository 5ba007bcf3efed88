package io.herald.ingest.api;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.herald.ingest.assets.Asset;
import io.herald.ingest.assets.AssetStore;
import io.herald.ingest.auth.Public;

/** {@code GET /assets/{sha256}}: the stable URL of a stored binary that events reference, open to anyone. */
@Path("/assets")
@Public
@Tag(name = "assets", description = "Binaries newsroom systems uploaded, by content hash")
public class AssetResource {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final CacheControl FOREVER = CacheControl.valueOf("public, max-age=31536000, immutable");

    private final AssetStore store;

    @Inject
    public AssetResource(AssetStore store) {
        this.store = store;
    }

    @GET
    @Path("/{sha256}")
    @Operation(summary = "A stored binary with its content type; its content never changes")
    public Response get(@PathParam("sha256") String sha256) {
        return binary(SHA256.matcher(sha256).matches() ? store.bySha256(sha256) : Optional.empty());
    }

    /** The binary with its content type, cacheable for good (its URL names its content); else a 404. */
    private static Response binary(Optional<Asset> asset) {
        Asset found = asset.orElseThrow(() -> new NotFoundException("No such asset"));
        return Response.ok(found.bytes, found.contentType)
                .tag(new EntityTag(found.sha256))
                .cacheControl(FOREVER)
                .build();
    }
}
