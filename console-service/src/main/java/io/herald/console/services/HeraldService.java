package io.herald.console.services;

import java.net.URI;

import io.herald.console.ConsoleConfig;

/** The services the console calls, each at the base URL of {@code herald.console.services.*-url}. */
public enum HeraldService {
    CATALOG("catalog-service"),
    RENDER("render-service"),
    WECHAT("wechat-service");

    private final String label;

    HeraldService(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    URI baseUrl(ConsoleConfig.Services services) {
        return switch (this) {
            case CATALOG -> services.catalogUrl();
            case RENDER -> services.renderUrl();
            case WECHAT -> services.wechatUrl();
        };
    }
}
