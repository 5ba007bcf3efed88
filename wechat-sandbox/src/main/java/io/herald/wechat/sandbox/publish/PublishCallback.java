package io.herald.wechat.sandbox.publish;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.herald.wechat.sandbox.SandboxConfig;
import io.herald.wechat.sandbox.token.Account;
import io.herald.wechat.sandbox.token.Accounts;

/**
 * Pushes WeChat's PUBLISHJOBFINISH event (XML) to the callback URL, signed as WeChat signs server messages: query
 * parameters {@code signature} (SHA-1 hex of token, timestamp and nonce, sorted and joined), {@code timestamp},
 * {@code nonce}. Sent once, without retry; a failure is logged.
 */
@ApplicationScoped
public class PublishCallback {

    private static final Logger LOG = Logger.getLogger(PublishCallback.class);

    private final AtomicReference<Optional<String>> url;
    private final String token;
    private final Accounts accounts;
    private final ArticleUrls urls;
    private final SecureRandom random = new SecureRandom();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    PublishCallback(SandboxConfig config, Accounts accounts, ArticleUrls urls) {
        this.url = new AtomicReference<>(config.callback().url());
        this.token = config.callback().token();
        this.accounts = accounts;
        this.urls = urls;
    }

    /** Where events go from now on; empty: nowhere. */
    public void target(Optional<String> callbackUrl) {
        url.set(callbackUrl);
    }

    public Optional<String> target() {
        return url.get();
    }

    void send(PublishJob job) {
        Optional<String> target = url.get();
        if (target.isEmpty()) {
            return;
        }
        long timestamp = System.currentTimeMillis() / 1000;
        String nonce = Long.toString(random.nextLong(1_000_000_000L, 10_000_000_000L));
        String query = "signature=" + signature(token, Long.toString(timestamp), nonce) + "&timestamp=" + timestamp
                + "&nonce=" + URLEncoder.encode(nonce, UTF_8);
        String address = target.get() + (target.get().contains("?") ? "&" : "?") + query;
        String ghId = accounts.byAppId(job.appId()).map(Account::originalId).orElse("gh_unknown");
        HttpRequest request = HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(PublishJobFinished.xml(job, ghId, timestamp, urls), UTF_8))
                .build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure != null) {
                LOG.warnf("PUBLISHJOBFINISH of publish_id %s not delivered to %s: %s", job.publishId(),
                        target.get(), failure.toString());
            } else if (response.statusCode() / 100 != 2) {
                LOG.warnf("PUBLISHJOBFINISH of publish_id %s answered HTTP %d by %s", job.publishId(),
                        response.statusCode(), target.get());
            }
        });
    }

    /** WeChat's server-message signature: SHA-1 hex of the three values sorted and joined. */
    public static String signature(String token, String timestamp, String nonce) {
        String joined = String.join("", Stream.of(token, timestamp, nonce).sorted().toList());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(joined.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }
}
