package io.herald.console;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One WireMock server standing in for catalog-service, render-service and wechat-service, each under its own path
 * prefix ({@link #CATALOG}, {@link #RENDER}, {@link #WECHAT}), which the console's service URLs point at. Injected into
 * fields of type {@link WireMockServer}.
 */
public class WireMockServices implements QuarkusTestResourceLifecycleManager {

    public static final String CATALOG = "/catalog";
    public static final String RENDER = "/render";
    public static final String WECHAT = "/wechat-service";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        return Map.of(
                "herald.console.services.catalog-url", server.baseUrl() + CATALOG,
                "herald.console.services.render-url", server.baseUrl() + RENDER,
                "herald.console.services.wechat-url", server.baseUrl() + WECHAT);
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
