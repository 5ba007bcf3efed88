package io.herald.wechat.sandbox.publish;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.wechat.sandbox.SandboxConfig;

/** A published article's permanent link: {@code <public-base-url>/articles/<article_id>?idx=<n>}. */
@ApplicationScoped
public class ArticleUrls {

    private final String base;

    ArticleUrls(SandboxConfig config) {
        this.base = config.publicBaseUrl().replaceAll("/+$", "") + "/articles/";
    }

    /** Article {@code idx} (from 1) of a published job. */
    public String of(PublishJob job, int idx) {
        return base + job.articleId() + "?idx=" + idx;
    }
}
