package io.herald.wechat.sandbox.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.herald.wechat.sandbox.SandboxConfig;
import io.herald.wechat.sandbox.api.BatchGetRequest;
import io.herald.wechat.sandbox.api.WechatError;
import io.herald.wechat.sandbox.api.WechatJson;
import io.herald.wechat.sandbox.fault.DailyQuota;
import io.herald.wechat.sandbox.token.AccessGuard;

/**
 * WeChat's draft box, {@code POST /cgi-bin/draft/…}: {@code add} {articles} → {media_id} (each article checked by
 * {@link ArticleRules}, its content filtered by {@link ContentFilter}; 44003 without articles, 45009 beyond the
 * daily quota); {@code update} {media_id, index (from 0), articles: one article}; {@code delete} {media_id};
 * {@code get} {media_id} → {news_item}; {@code batchget} {offset, count 1–20, no_content} → {total_count,
 * item_count, item}; {@code count} (GET or POST) → {total_count}. Unknown drafts are 40007.
 */
@Path("/cgi-bin/draft")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class DraftResource {

    private final AccessGuard guard;
    private final DailyQuota quota;
    private final DraftStore drafts;
    private final ArticleRules rules;
    private final ContentFilter filter;
    private final NewsItems newsItems;
    private final WechatJson json;
    private final String previewBase;

    DraftResource(AccessGuard guard, DailyQuota quota, DraftStore drafts, ArticleRules rules, ContentFilter filter,
            NewsItems newsItems, WechatJson json, SandboxConfig config) {
        this.guard = guard;
        this.quota = quota;
        this.drafts = drafts;
        this.rules = rules;
        this.filter = filter;
        this.newsItems = newsItems;
        this.json = json;
        this.previewBase = config.publicBaseUrl().replaceAll("/+$", "") + "/drafts/";
    }

    @POST
    @Path("/add")
    public Map<String, Object> add(@QueryParam("access_token") String accessToken, String body) {
        String appId = guard.admit(accessToken);
        AddRequest request = json.read(body, AddRequest.class);
        if (request.articles() == null || request.articles().isEmpty()) {
            throw WechatError.EMPTY_NEWS.exception();
        }
        List<DraftArticle> kept = new ArrayList<>();
        List<Integer> dropped = new ArrayList<>();
        for (int i = 0; i < request.articles().size(); i++) {
            DraftArticle article = request.articles().get(i);
            if (article == null) {
                throw WechatError.EMPTY_NEWS.exception("article " + (i + 1) + " is null");
            }
            rules.check(appId, article, i + 1);
            ContentFilter.Filtered filtered = filter.filter(appId, article.content());
            kept.add(article.withContent(filtered.content()));
            dropped.add(filtered.droppedImages());
        }
        quota.spend(appId);
        return Map.of("media_id", drafts.add(appId, kept, dropped).mediaId());
    }

    @POST
    @Path("/update")
    public Map<String, Object> update(@QueryParam("access_token") String accessToken, String body) {
        String appId = guard.admit(accessToken);
        UpdateRequest request = json.read(body, UpdateRequest.class);
        Draft draft = drafts.get(appId, request.mediaId());
        int index = request.index() == null ? 0 : request.index();
        if (index < 0 || index >= draft.articles().size()) {
            throw WechatError.INVALID_PARAMETER.exception("index %d, the draft has %d article(s)"
                    .formatted(index, draft.articles().size()));
        }
        if (request.articles() == null) {
            throw WechatError.EMPTY_NEWS.exception();
        }
        rules.check(appId, request.articles(), index + 1);
        ContentFilter.Filtered filtered = filter.filter(appId, request.articles().content());
        drafts.replaceArticle(draft, index, request.articles().withContent(filtered.content()),
                filtered.droppedImages());
        return WechatJson.ok();
    }

    @POST
    @Path("/delete")
    public Map<String, Object> delete(@QueryParam("access_token") String accessToken, String body) {
        String appId = guard.admit(accessToken);
        Draft draft = drafts.get(appId, json.read(body, MediaIdRequest.class).mediaId());
        drafts.remove(draft.mediaId());
        return WechatJson.ok();
    }

    @POST
    @Path("/get")
    public Map<String, Object> get(@QueryParam("access_token") String accessToken, String body) {
        String appId = guard.admit(accessToken);
        Draft draft = drafts.get(appId, json.read(body, MediaIdRequest.class).mediaId());
        return Map.of("news_item", newsItems(draft, true));
    }

    @POST
    @Path("/batchget")
    public Map<String, Object> batchGet(@QueryParam("access_token") String accessToken, String body) {
        String appId = guard.admit(accessToken);
        return json.read(body, BatchGetRequest.class).answer(drafts.of(appId), (draft, withContent) -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("media_id", draft.mediaId());
            item.put("content", Map.of("news_item", newsItems(draft, withContent)));
            item.put("update_time", draft.updateTime().getEpochSecond());
            return item;
        });
    }

    @GET
    @Path("/count")
    public Map<String, Object> count(@QueryParam("access_token") String accessToken) {
        String appId = guard.admit(accessToken);
        Map<String, Object> answer = WechatJson.ok();
        answer.put("total_count", drafts.of(appId).size());
        return answer;
    }

    @POST
    @Path("/count")
    public Map<String, Object> countPosted(@QueryParam("access_token") String accessToken) {
        return count(accessToken);
    }

    private List<Map<String, Object>> newsItems(Draft draft, boolean withContent) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < draft.articles().size(); i++) {
            items.add(newsItems.of(draft.appId(), draft.articles().get(i),
                    previewBase + draft.mediaId() + "?idx=" + (i + 1), withContent));
        }
        return items;
    }

    record AddRequest(List<DraftArticle> articles) {
    }

    record UpdateRequest(@JsonProperty("media_id") String mediaId, Integer index, DraftArticle articles) {
    }

    record MediaIdRequest(@JsonProperty("media_id") String mediaId) {
    }
}
