package io.herald.console.services;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** render-service's API as the console uses it: an article's WeChat draft and the re-render. */
@ApplicationScoped
public class RenderApi {

    private final ServiceCalls calls;

    RenderApi(ServiceCalls calls) {
        this.calls = calls;
    }

    /** The article's WeChat draft as rendered from its newest revision, with whether it meets WeChat's limits. */
    public record WechatDraft(String articleId, int revision, String status, String title, Boolean publishable,
            List<String> problems) {
    }

    /** The running or last re-render of the render instance that answered. */
    public record RerenderStatus(String state, boolean dryRun, Instant startedAt, Instant finishedAt,
            long renditions, long changed, long unchanged, long withoutSource, String reason) {
    }

    /** {@code GET /wechat/articles/{id}}: the draft while readers may see the article; else the answer says why. */
    public ServiceAnswer<WechatDraft> wechatDraft(String articleId) {
        return calls.get(HeraldService.RENDER, "/wechat/articles/" + ServiceCalls.segment(articleId), Map.of(),
                WechatDraft.class);
    }

    /** {@code GET /admin/rerender}; empty when none ran on the instance that answered. */
    public Optional<RerenderStatus> rerender() {
        return calls.get(HeraldService.RENDER, "/admin/rerender", Map.of(), RerenderStatus.class).found();
    }

    /** {@code POST /admin/rerender?dryRun=}: 202 started, 409 when one runs. */
    public ServiceAnswer<RerenderStatus> startRerender(boolean dryRun) {
        return calls.post(HeraldService.RENDER, "/admin/rerender", Map.of("dryRun", String.valueOf(dryRun)),
                RerenderStatus.class);
    }
}
