package io.herald.faults;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.herald.devstack.HeraldService;

/**
 * Compares what ingest acknowledged and render announced with the WeChat channel: the drafts on the sandbox's
 * account ({@code draft/batchget}) and each article's state on wechat-service ({@code GET /wechat/articles/{id}}).
 * Progress is read from wechat-service's table {@code delivery}.
 */
final class WechatCheck {

    private static final Duration POLL = Duration.ofSeconds(1);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FaultStack stack;
    private final WechatSandbox sandbox;

    WechatCheck(FaultStack stack, WechatSandbox sandbox) {
        this.stack = stack;
        this.sandbox = sandbox;
    }

    /** Waits until wechat-service has drafted at least {@code count} articles: deliveries are under way. */
    void awaitDrafted(int count, Duration timeout) {
        Awaitility.await(count + " articles drafted").atMost(timeout).pollInterval(Duration.ofMillis(200))
                .until(() -> count("select count(*) from delivery where state = 'DRAFTED'") >= count);
    }

    /**
     * Waits until wechat-service has nothing left to do for any acknowledged article at its highest revision, or
     * {@code timeout} passed, and measures; {@code settled} counts from {@code restarted}.
     */
    WechatFigures awaitSettled(String scenario, Acknowledged acknowledged, List<InterruptedDraftAdd> interruptions,
            Instant restarted, Duration timeout) throws SQLException {
        Map<String, Acknowledged.Revision> expected = acknowledged.snapshot();
        try {
            Awaitility.await(scenario + ": every article drafted, withdrawn or failed").atMost(timeout).pollInterval(POLL)
                    .until(() -> settled(expected));
        } catch (ConditionTimeoutException e) {
            // the figures say what is left
        }
        double seconds = Duration.between(restarted, Instant.now()).toMillis() / 1000.0;
        return measure(scenario, expected, interruptions, seconds);
    }

    /** Whether every article's delivery holds its revision with nothing left to do (no next attempt). */
    private boolean settled(Map<String, Acknowledged.Revision> expected) throws SQLException {
        Map<String, Integer> done = new HashMap<>();
        try (Connection connection = stack.database().connect("wechat"); PreparedStatement statement = connection.prepareStatement(
                "select article_id, revision from delivery where account = ? and next_attempt_at is null")) {
            statement.setString(1, FaultStack.WECHAT_ACCOUNT);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    done.put(result.getString(1), result.getInt(2));
                }
            }
        }
        return expected.entrySet().stream()
                .allMatch(article -> Objects.equals(done.get(article.getKey()), article.getValue().revision()));
    }

    private WechatFigures measure(String scenario, Map<String, Acknowledged.Revision> expected,
            List<InterruptedDraftAdd> interruptions, double seconds) throws SQLException {
        Map<String, PipelineCheck.RenderedEvent> announced = new HashMap<>();
        new PipelineCheck(stack).rendered().forEach((articleId, events) -> announced.put(articleId, events.get(events.size() - 1)));
        List<WechatSandbox.DraftArticle> drafts = sandbox.drafts();
        Map<String, List<WechatSandbox.DraftArticle>> draftsByLink = drafts.stream()
                .collect(Collectors.groupingBy(WechatSandbox.DraftArticle::contentSourceUrl));
        int published = 0;
        int drafted = 0;
        int linked = 0;
        int missing = 0;
        int duplicates = 0;
        int stale = 0;
        int withdrawn = 0;
        int failed = 0;
        for (String articleId : expected.keySet()) {
            PipelineCheck.RenderedEvent last = announced.get(articleId);
            JsonNode channel = channelState(articleId);
            String state = channel.path("state").asText();
            failed += "failed".equals(state) ? 1 : 0;
            if (last != null && last.published()) {
                published++;
                List<WechatSandbox.DraftArticle> found = draftsByLink.getOrDefault(last.contentSourceUrl(), List.of());
                linked += found.size();
                missing += found.isEmpty() ? 1 : 0;
                duplicates += Math.max(0, found.size() - 1);
                stale += found.stream().anyMatch(draft -> !draft.title().equals(last.wechatTitle())) ? 1 : 0;
                drafted += found.size() == 1 && "drafted".equals(state)
                        && found.get(0).mediaId().equals(channel.path("mediaId").asText()) ? 1 : 0;
            } else if (last != null && last.unpublished() && "deleted".equals(state)) {
                withdrawn++;
            }
        }
        int retried = count("select coalesce(sum(attempts), 0) from delivery");
        return new WechatFigures(scenario, expected.size(), published, drafted, drafts.size(), missing, duplicates,
                stale, withdrawn, drafts.size() - linked, failed, interruptions.size(),
                (int) interruptions.stream().filter(InterruptedDraftAdd::reachedWechat).count(), retried,
                sandbox.busyCallsLeft(), seconds);
    }

    /** The article on the scenario's account as wechat-service shows it; a missing node if it does not know it. */
    private JsonNode channelState(String articleId) {
        URI wechat = stack.instances(HeraldService.WECHAT).get(0).baseUrl();
        HttpRequest request = HttpRequest.newBuilder(wechat.resolve("/wechat/articles/" + articleId))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
            if (response.statusCode() == 404) {
                return JSON.missingNode();
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            for (JsonNode account : JSON.readTree(response.body()).path("accounts")) {
                if (FaultStack.WECHAT_ACCOUNT.equals(account.path("account").asText())) {
                    return account;
                }
            }
            return JSON.missingNode();
        } catch (IOException e) {
            throw new UncheckedIOException("wechat-service did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking wechat-service", e);
        }
    }

    /**
     * Sets the lease of the article's delivery to end {@code from now} (zero: ended), as the instance that leased it
     * would have held it: a killed instance's lease holds after its death until it runs out.
     */
    void leaseFor(String articleId, Duration fromNow) throws SQLException {
        try (Connection connection = stack.database().connect("wechat"); PreparedStatement statement = connection.prepareStatement(
                "update delivery set lease_until = now() + make_interval(secs => ?) where article_id = ? and account = ?")) {
            statement.setDouble(1, fromNow.toMillis() / 1000.0);
            statement.setString(2, articleId);
            statement.setString(3, FaultStack.WECHAT_ACCOUNT);
            if (statement.executeUpdate() != 1) {
                throw new IllegalStateException("no delivery of " + articleId + " on " + FaultStack.WECHAT_ACCOUNT);
            }
        }
    }

    /** Waits until wechat-service's consumer has recorded that the article's delivery wants it withdrawn. */
    void awaitWithdrawalWanted(String articleId, Duration timeout) {
        Awaitility.await(articleId + " wanted withdrawn").atMost(timeout).pollInterval(Duration.ofMillis(200))
                .until(() -> count("select count(*) from delivery where status = 'UNPUBLISHED' and article_id = ?",
                        articleId) == 1);
    }

    /** The single number {@code sql} counts in wechat-service's database, with {@code parameters} bound in order. */
    private int count(String sql, String... parameters) throws SQLException {
        try (Connection connection = stack.database().connect("wechat");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
