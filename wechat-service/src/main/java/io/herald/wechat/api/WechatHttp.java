package io.herald.wechat.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.herald.service.tracing.Traceparent;
import io.herald.service.tracing.Traces;
import io.herald.wechat.config.WechatConfig;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;

/**
 * Calls WeChat's API and reads every answer as JSON whatever its content type ({@code media/uploadimg} answers
 * {@code text/plain}); an answer with a non-zero {@code errcode} is a {@link WechatException}, whatever the HTTP
 * status. Query parameters (the access token) never appear in an exception's message. Each call is a client span of
 * the current trace (a delivery turn's: its article's), named after the path alone, and carries its {@code traceparent}.
 */
@ApplicationScoped
public class WechatHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json;
    private final String apiUrl;
    private final Traces traces;

    WechatHttp(ObjectMapper json, WechatConfig config, Traces traces) {
        this.json = json;
        this.apiUrl = config.apiUrl().replaceAll("/+$", "");
        this.traces = traces;
    }

    /** POSTs {@code body} as JSON to {@code path} (e.g. {@code /cgi-bin/draft/add}). */
    public JsonNode postJson(String path, Map<String, String> query, Object body) {
        byte[] payload;
        try {
            payload = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the body of " + path, e);
        }
        return send(path, HttpRequest.newBuilder(uri(path, query))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload)));
    }

    /** POSTs one file as the multipart form field {@code media}, as WeChat's upload APIs want it. */
    public JsonNode postMedia(String path, Map<String, String> query, String filename, String contentType,
            byte[] content) {
        String boundary = "herald-" + UUID.randomUUID();
        ByteArrayOutputStream form = new ByteArrayOutputStream(content.length + 512);
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"media\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(UTF_8));
        form.writeBytes(content);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(UTF_8));
        return send(path, HttpRequest.newBuilder(uri(path, query))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())));
    }

    private JsonNode send(String path, HttpRequest.Builder request) {
        return traces.call(traces.span("POST " + path, SpanKind.CLIENT, Context.current())
                .setAttribute("http.request.method", "POST")
                .setAttribute("url.path", path), () -> {
                    String traceparent = Traceparent.of(Context.current());
                    if (traceparent != null) {
                        request.header(Traceparent.HEADER, traceparent);
                    }
                    return answer(path, request);
                });
    }

    private JsonNode answer(String path, HttpRequest.Builder request) {
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
            Span.current().setAttribute("http.response.status_code", (long) response.statusCode());
        } catch (IOException e) {
            throw new WechatException(path, e.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WechatException(path, "interrupted", e);
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (IOException e) {
            throw new WechatException(path, "HTTP " + response.statusCode() + " without JSON", e);
        }
        if (answer == null || !answer.isObject()) {
            throw new WechatException(path, "HTTP " + response.statusCode() + " without a JSON object", null);
        }
        int errcode = answer.path("errcode").asInt(0);
        if (errcode != 0) {
            Span.current().setAttribute("herald.wechat.errcode", (long) errcode);
            throw new WechatException(path, errcode, answer.path("errmsg").asText(""));
        }
        if (response.statusCode() >= 300) {
            throw new WechatException(path, "HTTP " + response.statusCode(), null);
        }
        return answer;
    }

    private URI uri(String path, Map<String, String> query) {
        String parameters = query.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create(apiUrl + path + (parameters.isEmpty() ? "" : "?" + parameters));
    }
}
