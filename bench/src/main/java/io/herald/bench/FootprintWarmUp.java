package io.herald.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.HeraldService;
import io.herald.devstack.HeraldStack;
import io.herald.devstack.StackConfig;

/**
 * Representative work for every service of a running stack: articles posted one at a time to ingest (their headline
 * cut to WeChat's limit, so that the channel publishes them to the sandbox: picture upload, draft, publication),
 * followed until catalog, render and the channel have them, then read back from the reader-facing and operator
 * endpoints: the catalog's article and search, render's page, WeChat draft and feeds, the channel's state, the
 * sandbox's page, the console's journey of an article and its pipeline.
 */
final class FootprintWarmUp {

    private static final String KIND = "warm-up";
    private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(300);
    private static final List<String> SEARCH_WORDS = List.of("科技", "创新", "产业", "会议", "发展");
    /** One reader request in this many also searches and reads the feeds, the sandbox and the console's pipeline. */
    private static final int SOMETIMES = 10;
    /** WeChat's longest title; the bench article's headline is longer. */
    private static final int WECHAT_TITLE_LENGTH = 32;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final HeraldStack stack;
    private final BenchArticles articles;
    private final String demoKey = Optional.ofNullable(System.getenv("HERALD_DEMO_KEY")).orElse("demo-key");
    private int requests;
    private int unsuccessful;

    FootprintWarmUp(HttpClient client, HeraldStack stack, BenchArticles articles) {
        this.client = client;
        this.stack = stack;
        this.articles = articles;
    }

    void run(int count) throws IOException, InterruptedException {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            send(HttpRequest.newBuilder(url(HeraldService.INGEST, "/articles"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + demoKey)
                    .POST(HttpRequest.BodyPublishers.ofString(publishableOnWeChat(articles.article(KIND, i)))));
        }
        String last = encoded(articles.articleId(KIND, count - 1));
        awaitFound(HeraldService.CATALOG, "/articles/" + last);
        awaitFound(HeraldService.RENDER, "/web/articles/" + last);
        awaitFound(HeraldService.WECHAT, "/wechat/articles/" + last);
        for (int i = 0; i < count; i++) {
            String id = encoded(articles.articleId(KIND, i));
            get(HeraldService.CATALOG, "/articles/" + id);
            get(HeraldService.RENDER, "/web/articles/" + id);
            get(HeraldService.RENDER, "/wechat/articles/" + id);
            get(HeraldService.WECHAT, "/wechat/articles/" + id);
            if (i % SOMETIMES == 0) {
                operatorGet(HeraldService.CONSOLE, "/articles/" + id);
                get(HeraldService.CATALOG, "/articles?q=" + encoded(SEARCH_WORDS.get(i / SOMETIMES % SEARCH_WORDS.size())));
                get(HeraldService.RENDER, "/feeds/rss.xml");
                get(HeraldService.RENDER, "/");
                get(HeraldService.WECHAT_SANDBOX, "/");
                operatorGet(HeraldService.CONSOLE, "/pipeline");
            }
        }
        System.out.printf("Warm-up: %d articles through the pipeline, %d requests (%d not 2xx) in %.1f s%n", count,
                requests, unsuccessful, (System.nanoTime() - start) / 1e9);
    }

    private static String publishableOnWeChat(String article) throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(article);
        String headline = json.path("headline").asText();
        json.put("headline", headline.substring(0, Math.min(headline.length(), WECHAT_TITLE_LENGTH)));
        return JSON.writeValueAsString(json);
    }

    private void get(HeraldService service, String path) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(url(service, path)));
    }

    private void operatorGet(HeraldService service, String path) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(url(service, path)).header("Authorization", "Bearer " + StackConfig.DEFAULT_OPERATOR_KEY)
                .header("Accept", "application/json"));
    }

    private void send(HttpRequest.Builder request) throws IOException, InterruptedException {
        int status = client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        requests++;
        if (status / 100 != 2) {
            unsuccessful++;
        }
    }

    /** Waits until {@code service} answers 200 at {@code path}: the pipeline brought it there. */
    private void awaitFound(HeraldService service, String path) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(PIPELINE_TIMEOUT);
        HttpRequest request = HttpRequest.newBuilder(url(service, path)).timeout(Duration.ofSeconds(30)).build();
        while (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(service.module() + " did not have " + path + " within "
                        + PIPELINE_TIMEOUT.toSeconds() + " s; see " + stack.logFile(service));
            }
            Thread.sleep(200);
        }
    }

    private URI url(HeraldService service, String path) {
        return URI.create(stack.baseUrl(service) + path);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
