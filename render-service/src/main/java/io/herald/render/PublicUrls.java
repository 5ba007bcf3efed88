package io.herald.render;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriBuilder;

/** The public addresses of what this service serves, from {@code herald.render.public-base-url}. */
@ApplicationScoped
public class PublicUrls {

    private final RenderConfig config;

    PublicUrls(RenderConfig config) {
        this.config = config;
    }

    /** The article's web page; the id is one path segment, {@code :} kept, anything else escaped as needed. */
    public String article(String articleId) {
        return UriBuilder.fromUri(config.publicBaseUrl()).path("web").path("articles").segment(articleId)
                .build().toString();
    }
}
