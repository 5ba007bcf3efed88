package io.herald.faults;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One Superdesk HTTP push of a text item, signed as Superdesk signs it: {@code x-superdesk-signature:
 * sha1=<hex HMAC-SHA1(secret, body)>}. The same bytes and signature can be sent to several ingest instances.
 */
final class SuperdeskPush {

    static final String SOURCE = "superdesk";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String guid;
    private final int version;
    private final byte[] body;
    private final String signature;

    SuperdeskPush(String guid, int version) {
        this.guid = guid;
        this.version = version;
        try {
            this.body = JSON.writeValueAsBytes(Map.of(
                    "guid", guid,
                    "version", String.valueOf(version),
                    "type", "text",
                    "pubstatus", "usable",
                    "language", "zh-CN",
                    "headline", "两台采编机同时收到的推送",
                    "byline", "记者 张伟",
                    "body_html", "<p>同一条稿件推送到两台采编接收服务。</p>",
                    "subject", List.of(Map.of("code", "13000000", "name", "科技"))));
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(FaultStack.SUPERDESK_SECRET.getBytes(UTF_8), "HmacSHA1"));
            this.signature = "sha1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the Superdesk push", e);
        }
    }

    String articleId() {
        return SOURCE + ":" + guid;
    }

    int revision() {
        return version;
    }

    /** Posts the push to {@code ingest}'s {@code /superdesk/items}; returns the status code. */
    int sendTo(URI ingest) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(ingest.resolve("/superdesk/items"))
                .header("Content-Type", "application/json")
                .header("x-superdesk-signature", signature)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
