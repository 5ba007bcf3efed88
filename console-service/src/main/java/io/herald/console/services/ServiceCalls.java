package io.herald.console.services;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.herald.console.ConsoleConfig;

/**
 * Calls the other services' JSON APIs: GET and POST with the console's operator key as {@code Authorization: Bearer}
 * when one is configured, each within {@code herald.console.services.timeout}. An answer with an error status is
 * returned with its problem's detail; a service that does not answer is a {@link ServiceUnavailableException}.
 */
@ApplicationScoped
public class ServiceCalls {

    private static final String SEGMENT_SAFE = "-._~!$&'()*+,;=:@";

    private final ConsoleConfig.Services services;
    private final ObjectMapper json;
    private final HttpClient client;

    ServiceCalls(ConsoleConfig config, ObjectMapper json) {
        this.services = config.services();
        this.json = json;
        this.client = HttpClient.newBuilder().connectTimeout(services.timeout()).build();
    }

    public <T> ServiceAnswer<T> get(HeraldService service, String path, Map<String, String> query, Class<T> type) {
        return send(service, path, query, "GET", json.constructType(type));
    }

    public <T> ServiceAnswer<T> post(HeraldService service, String path, Map<String, String> query, Class<T> type) {
        return send(service, path, query, "POST", json.constructType(type));
    }

    private <T> ServiceAnswer<T> send(HeraldService service, String path, Map<String, String> query, String method,
            JavaType type) {
        URI uri = uri(service, path, query);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(services.timeout())
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody());
        services.operatorKey().filter(key -> !key.isBlank())
                .ifPresent(key -> request.header("Authorization", "Bearer " + key));
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ServiceUnavailableException(service.label() + " did not answer " + method + " " + path + ": "
                    + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("interrupted while calling " + service.label(), e);
        }
        int status = response.statusCode();
        try {
            if (status >= 200 && status < 300) {
                T body = response.body().length == 0 ? null : json.readValue(response.body(), type);
                return new ServiceAnswer<>(service, status, body, null);
            }
            return new ServiceAnswer<>(service, status, null, problemDetail(response.body()));
        } catch (IOException e) {
            throw new ServiceUnavailableException(service.label() + " answered " + method + " " + path + " with "
                    + status + " and a body that is not what its API promises: " + e.getMessage(), e);
        }
    }

    private URI uri(HeraldService service, String path, Map<String, String> query) {
        String base = service.baseUrl(services).toString().replaceAll("/+$", "");
        String parameters = query.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create(base + path + (parameters.isEmpty() ? "" : "?" + parameters));
    }

    /**
     * One path segment, e.g. an article id such as {@code demo:zgc-01}: what RFC 3986 allows in a segment (letters,
     * digits, {@code -._~!$&'()*+,;=:@}) as it is, every other byte of its UTF-8 percent-encoded.
     */
    public static String segment(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || SEGMENT_SAFE.indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A problem's detail (else its title), or the body as text when it is no problem JSON. */
    private String problemDetail(byte[] body) {
        try {
            JsonNode problem = json.readTree(body);
            if (problem != null && problem.isObject()) {
                return problem.path("detail").asText(problem.path("title").asText(""));
            }
        } catch (IOException e) {
            // not JSON: shown as text below
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
