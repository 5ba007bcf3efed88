package io.herald.wechat.sandbox.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.herald.wechat.sandbox.api.WechatError;
import io.herald.wechat.sandbox.api.WechatJson;
import io.herald.wechat.sandbox.token.AccessGuard;

/**
 * WeChat's image uploads, multipart field {@code media}:
 * <ul>
 * <li>{@code POST /cgi-bin/media/uploadimg}: an image for article content, JPG or PNG under 1 MB; answers
 * {@code {"url":…}} as text/plain, as WeChat does;</li>
 * <li>{@code POST /cgi-bin/material/add_material?type=image}: a permanent image (a cover), BMP, PNG, JPEG or GIF of
 * at most 10 MB; answers {@code {media_id, url}}.</li>
 * </ul>
 * Errors: 41005 no {@code media} part, 40005 a format not allowed, 40009 too large, 40004 a type other than image
 * (the sandbox keeps images only).
 */
@Path("/cgi-bin")
public class MediaResource {

    /** uploadimg: "under 1 MB". */
    static final long BODY_IMAGE_BYTES_BELOW = 1024 * 1024;
    /** add_material, type image: "10 MB". */
    static final long MATERIAL_IMAGE_BYTES_AT_MOST = 10 * 1024 * 1024;
    private static final Set<ImageFormat> BODY_IMAGE_FORMATS = EnumSet.of(ImageFormat.JPEG, ImageFormat.PNG);

    private final AccessGuard guard;
    private final MediaStore media;
    private final WechatJson json;

    MediaResource(AccessGuard guard, MediaStore media, WechatJson json) {
        this.guard = guard;
        this.media = media;
        this.json = json;
    }

    @POST
    @Path("/media/uploadimg")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadImage(@QueryParam("access_token") String accessToken, @RestForm("media") FileUpload upload) {
        String appId = guard.admit(accessToken);
        byte[] bytes = read(upload);
        ImageFormat format = ImageFormat.of(bytes).filter(BODY_IMAGE_FORMATS::contains)
                .orElseThrow(() -> WechatError.INVALID_FILE_TYPE.exception("uploadimg takes JPG or PNG only"));
        if (bytes.length >= BODY_IMAGE_BYTES_BELOW) {
            throw WechatError.INVALID_IMAGE_SIZE.exception("uploadimg takes images under 1 MB, this one has %d bytes"
                    .formatted(bytes.length));
        }
        StoredImage image = media.addBodyImage(appId, format, bytes);
        return Response.ok(json.write(Map.of("url", media.url(image))), MediaType.TEXT_PLAIN_TYPE).build();
    }

    @POST
    @Path("/material/add_material")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> addMaterial(@QueryParam("access_token") String accessToken,
            @QueryParam("type") String type, @RestForm("media") FileUpload upload) {
        String appId = guard.admit(accessToken);
        if (!"image".equals(type)) {
            throw WechatError.INVALID_MEDIA_TYPE.exception("the sandbox keeps type=image only");
        }
        byte[] bytes = read(upload);
        ImageFormat format = ImageFormat.of(bytes).orElseThrow(
                () -> WechatError.INVALID_FILE_TYPE.exception("images are BMP, PNG, JPEG or GIF"));
        if (bytes.length > MATERIAL_IMAGE_BYTES_AT_MOST) {
            throw WechatError.INVALID_IMAGE_SIZE.exception("images are at most 10 MB, this one has %d bytes"
                    .formatted(bytes.length));
        }
        StoredImage image = media.addMaterial(appId, format, bytes);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("media_id", image.mediaId());
        answer.put("url", media.url(image));
        return answer;
    }

    private static byte[] read(FileUpload upload) {
        if (upload == null || upload.uploadedFile() == null) {
            throw WechatError.MEDIA_DATA_MISSING.exception();
        }
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
