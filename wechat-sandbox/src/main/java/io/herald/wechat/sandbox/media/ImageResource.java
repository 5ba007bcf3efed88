package io.herald.wechat.sandbox.media;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** Serves each uploaded image at the URL the upload answered, like WeChat's image hosts. */
@Path(MediaStore.IMAGE_PATH + "{id}")
public class ImageResource {

    private final MediaStore media;

    ImageResource(MediaStore media) {
        this.media = media;
    }

    @GET
    public Response image(@PathParam("id") String id) {
        StoredImage image = media.byId(id).orElseThrow(NotFoundException::new);
        return Response.ok(image.bytes(), image.format().contentType()).build();
    }
}
