package io.herald.faults;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.herald.devstack.StackConfig;

/**
 * The WeChat sandbox as a scenario uses it: its busy switch ({@code /sandbox/faults/busy}, with the operator key)
 * and, through WeChat's own API with the demo account's token, the account's drafts ({@code draft/batchget}).
 */
final class WechatSandbox {

    /** One article of a draft on the account. */
    record DraftArticle(String mediaId, String title, String contentSourceUrl) {
    }

    /** draft/batchget's largest page. */
    private static final int PAGE = 20;
    /** WeChat's "system busy", which any client tries again. */
    private static final int BUSY = -1;
    private static final int MOST_TRIES = 50;
    private static final Duration BUSY_PAUSE = Duration.ofMillis(100);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI baseUrl;

    WechatSandbox(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The next {@code calls} WeChat calls, whoever makes them, answer -1. */
    void busyFor(int calls) {
        send(HttpRequest.newBuilder(baseUrl.resolve("/sandbox/faults/busy"))
                .header("Authorization", "Bearer " + StackConfig.DEFAULT_OPERATOR_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(Map.of("calls", calls)), UTF_8)));
    }

    /** How many WeChat calls are still to answer -1. */
    int busyCallsLeft() {
        return send(HttpRequest.newBuilder(baseUrl.resolve("/sandbox/faults"))
                .header("Authorization", "Bearer " + StackConfig.DEFAULT_OPERATOR_KEY).GET())
                .path("busyCalls").asInt();
    }

    /** Every article of every draft on the account, newest draft first, a page of {@value #PAGE} at a time. */
    List<DraftArticle> drafts() {
        String token = wechat("/cgi-bin/stable_token", null, Map.of("grant_type", "client_credential",
                "appid", FaultStack.WECHAT_APP_ID, "secret", FaultStack.WECHAT_APP_SECRET)).path("access_token").asText();
        List<DraftArticle> articles = new ArrayList<>();
        int offset = 0;
        while (true) {
            JsonNode page = wechat("/cgi-bin/draft/batchget", token,
                    Map.of("offset", offset, "count", PAGE, "no_content", 1));
            for (JsonNode item : page.path("item")) {
                for (JsonNode news : item.path("content").path("news_item")) {
                    articles.add(new DraftArticle(item.path("media_id").asText(), news.path("title").asText(),
                            news.path("content_source_url").asText()));
                }
            }
            offset += page.path("item").size();
            if (page.path("item").isEmpty() || offset >= page.path("total_count").asInt()) {
                return articles;
            }
        }
    }

    /** A WeChat call: its answer, asked again while WeChat is busy; any other errcode fails it. */
    private JsonNode wechat(String path, String token, Map<String, Object> body) {
        String query = token == null ? "" : "?access_token=" + URLEncoder.encode(token, UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path + query))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body), UTF_8));
        for (int attempt = 1; ; attempt++) {
            JsonNode answer = send(request);
            int errcode = answer.path("errcode").asInt(0);
            if (errcode == 0) {
                return answer;
            }
            if (errcode != BUSY || attempt == MOST_TRIES) {
                throw new IllegalStateException(path + " answered errcode " + errcode + ": " + answer.path("errmsg").asText());
            }
            pause();
        }
    }

    private static JsonNode send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        try {
            HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString(UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(built.uri().getPath() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("the sandbox did not answer " + built.uri().getPath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the sandbox", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(BUSY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while WeChat was busy", e);
        }
    }

    private static String write(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
