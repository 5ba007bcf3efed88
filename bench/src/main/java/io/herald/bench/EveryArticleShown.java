package io.herald.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * After a run, asks the services' own APIs for every article: the catalog serves it ({@code GET /articles/{id}}),
 * render serves its web page ({@code GET /web/articles/{id}}) and the WeChat channel has it in a draft or beyond
 * ({@code GET /wechat/articles/{id}}). The stage counts say how many; this says which.
 */
final class EveryArticleShown {

    private static final int CONCURRENT_REQUESTS = 8;
    private static final Pattern IN_A_DRAFT = Pattern.compile("\"state\":\"(drafted|publishing|published)\"");

    private EveryArticleShown() {
    }

    /**
     * @param catalog where catalog-service answers
     * @param render  where render-service answers
     * @param wechat  where wechat-service answers
     * @throws IllegalStateException naming the first ids some service does not show
     */
    static void check(HttpClient client, URI catalog, URI render, URI wechat, List<String> articleIds)
            throws InterruptedException {
        Map<String, Check> checks = Map.of(
                "catalog", new Check(catalog, "/articles/", body -> true),
                "render", new Check(render, "/web/articles/", body -> true),
                "wechat", new Check(wechat, "/wechat/articles/", body -> IN_A_DRAFT.matcher(body).find()));
        Semaphore slots = new Semaphore(CONCURRENT_REQUESTS);
        Queue<String> missing = new ConcurrentLinkedQueue<>();
        for (String id : articleIds) {
            for (Map.Entry<String, Check> check : checks.entrySet()) {
                slots.acquire();
                check.getValue().ask(client, id).whenComplete((shown, error) -> {
                    if (error != null || !shown) {
                        missing.add(check.getKey() + " " + id);
                    }
                    slots.release();
                });
            }
        }
        slots.acquire(CONCURRENT_REQUESTS);
        if (!missing.isEmpty()) {
            throw new IllegalStateException(missing.size() + " articles not shown, e.g. "
                    + missing.stream().limit(5).toList());
        }
    }

    private record Check(URI service, String path, Predicate<String> shows) {

        CompletableFuture<Boolean> ask(HttpClient client, String articleId) {
            HttpRequest request = HttpRequest.newBuilder(service.resolve(path + articleId))
                    .timeout(Duration.ofSeconds(30)).build();
            return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .thenApply(response -> response.statusCode() == 200 && shows.test(response.body()));
        }
    }
}
