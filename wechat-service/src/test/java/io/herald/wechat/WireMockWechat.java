package io.herald.wechat;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A WireMock server standing in for WeChat's API and for the pictures' hosts, for a {@code @QuarkusTest}: the
 * service's {@code herald.wechat.api-url} points at it, and the test account's default cover is served by it.
 * Injected into fields of type {@link WireMockServer}.
 */
public class WireMockWechat implements QuarkusTestResourceLifecycleManager {

    /** Where the default cover of the accounts is served. */
    public static final String DEFAULT_COVER_PATH = "/pictures/default-cover.jpg";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        return Map.of(
                "herald.wechat.api-url", server.baseUrl(),
                "herald.wechat.accounts.newsroom.default-cover", server.baseUrl() + DEFAULT_COVER_PATH,
                "herald.wechat.accounts.daily.default-cover", server.baseUrl() + DEFAULT_COVER_PATH);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server, new TestInjector.MatchesType(WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
