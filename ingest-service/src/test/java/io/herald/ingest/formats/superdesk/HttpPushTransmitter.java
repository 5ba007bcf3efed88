package io.herald.ingest.formats.superdesk;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.herald.ingest.Credentials;

/**
 * Superdesk's HTTP push transmitter replayed request by request, as superdesk-core's
 * {@code superdesk/publish/transmitters/http_push.py} (with {@code file_providers/associations.py}) makes them
 * with Python's requests library:
 * <ol>
 * <li>for the media id of every rendition of the item and of its associations (and theirs), an unsigned
 * {@code GET <assets_url>/<media_id>} with requests' default headers: 200 means "exists", 404 "upload it",
 * anything else fails the item;</li>
 * <li>for each missing one, {@code POST <assets_url>} as {@code multipart/form-data} with a field {@code media_id}
 * and a file {@code media} (its filename is the media id, its Content-Type the mimetype), signed with
 * {@code x-superdesk-signature: sha1=<hex HMAC-SHA1(secret_token, body)>}; only 200 and 201 succeed;</li>
 * <li>{@code POST <resource_url>} with the item as Python's {@code json.dumps} writes it, with {@code Content-type}
 * and {@code Accept: application/json} and the signature; any 4xx or 5xx fails the item.</li>
 * </ol>
 * The multipart body and the JSON are byte for byte what requests 2.34 (urllib3 2.7) and Python 3.11 produce; see
 * {@code HttpPushTransmitterTest}. Every request is logged as {@code METHOD path -> status}.
 */
public final class HttpPushTransmitter {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String USER_AGENT = "python-requests/2.34.2";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String resourceUrl;
    private final String assetsUrl;
    private final Map<String, byte[]> mediaStorage;
    private final List<String> log = new ArrayList<>();

    /**
     * @param resourceUrl  the destination's {@code resource_url}
     * @param assetsUrl    the destination's {@code assets_url}; null when it has none (then no media is copied)
     * @param mediaStorage Superdesk's own storage: the binary of each media id
     */
    public HttpPushTransmitter(String resourceUrl, String assetsUrl, Map<String, byte[]> mediaStorage) {
        this.resourceUrl = resourceUrl;
        this.assetsUrl = assetsUrl;
        this.mediaStorage = mediaStorage;
    }

    /** Superdesk's item push failed: it records the error (a 4xx for good, a 5xx to retry later). */
    public static final class PublishError extends RuntimeException {

        private final int status;
        private final String body;

        PublishError(int status, String message, String body) {
            super(message + ": " + status + " " + body);
            this.status = status;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public String body() {
            return body;
        }
    }

    /**
     * {@code _transmit}: copies the item's media files (none when the destination has no {@code assets_url}), then
     * pushes the item.
     *
     * @return the answer to the item's push
     */
    public String transmit(JsonNode item) {
        if (assetsUrl != null && !assetsUrl.isBlank()) {
            copyPublishedMediaFiles(item);
        }
        return pushItem(PythonJson.dumps(item));
    }

    /** Every request sent so far, as {@code METHOD path -> status}. */
    public List<String> log() {
        return List.copyOf(log);
    }

    private void copyPublishedMediaFiles(JsonNode item) {
        for (Map.Entry<String, String> media : mediaFiles(item).entrySet()) {
            if (!mediaExists(media.getKey())) {
                byte[] binary = mediaStorage.get(media.getKey());
                if (binary == null) {
                    throw new IllegalStateException("Superdesk's storage has no media " + media.getKey());
                }
                transmitMedia(media.getKey(), binary, media.getValue());
            }
        }
    }

    /**
     * {@code get_association_files_for_transmission}: media id → mimetype of every rendition that names its media,
     * the item's own first, then each association's and their associations', in document order.
     */
    static Map<String, String> mediaFiles(JsonNode item) {
        Map<String, String> media = new LinkedHashMap<>();
        parseMedia(media, item);
        for (JsonNode association : item.path("associations")) {
            if (!association.isNull()) {
                parseMedia(media, association);
                for (JsonNode nested : association.path("associations")) {
                    if (!nested.isNull()) {
                        parseMedia(media, nested);
                    }
                }
            }
        }
        return media;
    }

    private static void parseMedia(Map<String, String> media, JsonNode item) {
        for (JsonNode rendition : item.path("renditions")) {
            String id = rendition.path("media").asText("");
            if (!id.isEmpty()) {
                String mimetype = rendition.hasNonNull("mimetype") ? rendition.get("mimetype").asText()
                        : item.path("mimetype").asText(null);
                media.put(id, mimetype);
            }
        }
    }

    /** {@code _media_exists}: {@code requests.get("/".join([assets_url, media_id]))}, unsigned. */
    public boolean mediaExists(String mediaId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(String.join("/", assetsUrl, mediaId)))
                .header("User-Agent", USER_AGENT)
                .header("Accept-Encoding", "gzip, deflate")
                .header("Accept", "*/*")
                .GET().build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200 && response.statusCode() != 404) {
            throw new PublishError(response.statusCode(), "Error querying the assets service " + request.uri(),
                    response.body());
        }
        return response.statusCode() == 200;
    }

    /** {@code _transmit_media}: the prepared multipart POST, its headers being only the body's and the signature. */
    public void transmitMedia(String mediaId, byte[] binary, String mimetype) {
        String boundary = HexFormat.of().formatHex(randomBytes(16));
        byte[] body = multipartBody(boundary, mediaId, binary, mimetype == null ? "image/jpeg" : mimetype);
        HttpRequest request = HttpRequest.newBuilder(URI.create(assetsUrl))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("x-superdesk-signature", Credentials.superdeskSignature(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new PublishError(response.statusCode(), "Error pushing media file " + mediaId, response.body());
        }
    }

    /** {@code _push_item}: {@code requests.post(resource_url, data=json, headers=…)}, signed; raises on 4xx and 5xx. */
    public String pushItem(String json) {
        byte[] body = json.getBytes(UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(resourceUrl))
                .header("User-Agent", USER_AGENT)
                .header("Accept-Encoding", "gzip, deflate")
                .header("Accept", "application/json")
                .header("Content-type", "application/json")
                .header("x-superdesk-signature", Credentials.superdeskSignature(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() >= 400) {
            throw new PublishError(response.statusCode(), "Error pushing item", response.body());
        }
        return response.body();
    }

    /**
     * What requests' {@code prepare_body(data={"media_id": id}, files={"media": (id, binary, mimetype)})} encodes:
     * urllib3's {@code encode_multipart_formdata}, the data field first.
     */
    static byte[] multipartBody(String boundary, String mediaId, byte[] binary, String mimetype) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; " + headerParam("name", "media_id")
                + "\r\n\r\n" + mediaId + "\r\n").getBytes(UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; " + headerParam("name", "media") + "; "
                + headerParam("filename", mediaId) + "\r\nContent-Type: " + mimetype + "\r\n\r\n").getBytes(UTF_8));
        body.writeBytes(binary);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(UTF_8));
        return body.toByteArray();
    }

    /** urllib3's {@code format_multipart_header_param}: quoted, with {@code \n \r "} percent-encoded. */
    private static String headerParam(String name, String value) {
        return name + "=\"" + value.replace("\n", "%0A").replace("\r", "%0D").replace("\"", "%22") + "\"";
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
            log.add(request.method() + " " + request.uri().getRawPath() + " -> " + response.statusCode());
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
