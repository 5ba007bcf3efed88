package io.herald.wechat.sandbox.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.herald.wechat.sandbox.api.BatchGetRequest;
import io.herald.wechat.sandbox.api.WechatError;
import io.herald.wechat.sandbox.api.WechatJson;
import io.herald.wechat.sandbox.draft.Draft;
import io.herald.wechat.sandbox.draft.DraftStore;
import io.herald.wechat.sandbox.draft.NewsItems;
import io.herald.wechat.sandbox.fault.DailyQuota;
import io.herald.wechat.sandbox.token.AccessGuard;

/**
 * WeChat's publishing, {@code POST /cgi-bin/freepublish/…}: {@code submit} {media_id} → {errcode 0, publish_id,
 * msg_data_id} (40007 unknown draft, 45009 quota); {@code get} {publish_id} → {publish_id, publish_status,
 * article_id, article_detail {count, item [{idx, article_url}]}, fail_idx} (40035 unknown job); {@code delete}
 * {article_id, index (from 1; 0 or absent: all)}; {@code getarticle} {article_id} → {news_item [… url,
 * is_deleted]} (53600 unknown article); {@code batchget} {offset, count 1–20, no_content} → {total_count,
 * item_count, item [{article_id, content {news_item}, update_time}]}, the account's published articles (successful
 * publications only, deleted ones included with is_deleted), newest first.
 */
@Path("/cgi-bin/freepublish")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class FreepublishResource {

    private final AccessGuard guard;
    private final DailyQuota quota;
    private final DraftStore drafts;
    private final PublishStore jobs;
    private final Publisher publisher;
    private final NewsItems newsItems;
    private final ArticleUrls urls;
    private final WechatJson json;

    FreepublishResource(AccessGuard guard, DailyQuota quota, DraftStore drafts, PublishStore jobs,
            Publisher publisher, NewsItems newsItems, ArticleUrls urls, WechatJson json) {
        this.guard = guard;
        this.quota = quota;
        this.drafts = drafts;
        this.jobs = jobs;
        this.publisher = publisher;
        this.newsItems = newsItems;
        this.urls = urls;
        this.json = json;
    }

    @POST
    @Path("/submit")
    public Map<String, Object> submit(@QueryParam("access_token") String accessToken, String body) {
        String appId = admit(accessToken);
        Draft draft = drafts.get(appId, json.read(body, MediaIdRequest.class).mediaId());
        quota.spend(appId);
        PublishJob job = publisher.submit(draft);
        Map<String, Object> answer = WechatJson.ok();
        answer.put("publish_id", job.publishId());
        answer.put("msg_data_id", job.msgDataId());
        return answer;
    }

    @POST
    @Path("/get")
    public Map<String, Object> get(@QueryParam("access_token") String accessToken, String body) {
        String appId = admit(accessToken);
        PublishJob job = jobs.job(appId, json.read(body, PublishIdRequest.class).publishId());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("publish_id", job.publishId());
        answer.put("publish_status", job.status());
        if (job.articleId() != null) {
            answer.put("article_id", job.articleId());
            List<Map<String, Object>> items = new ArrayList<>();
            for (int idx = 1; idx <= job.articles().size(); idx++) {
                items.add(Map.of("idx", idx, "article_url", urls.of(job, idx)));
            }
            answer.put("article_detail", Map.of("count", items.size(), "item", items));
        }
        answer.put("fail_idx", job.failIdx());
        return answer;
    }

    @POST
    @Path("/delete")
    public Map<String, Object> delete(@QueryParam("access_token") String accessToken, String body) {
        String appId = admit(accessToken);
        DeleteRequest request = json.read(body, DeleteRequest.class);
        PublishJob job = jobs.published(appId, request.articleId());
        int index = request.index() == null ? 0 : request.index();
        if (index < 0 || index > job.articles().size()) {
            throw WechatError.INVALID_PARAMETER.exception("index %d, the article has %d item(s)"
                    .formatted(index, job.articles().size()));
        }
        jobs.delete(job, index);
        return WechatJson.ok();
    }

    @POST
    @Path("/getarticle")
    public Map<String, Object> getArticle(@QueryParam("access_token") String accessToken, String body) {
        String appId = admit(accessToken);
        PublishJob job = jobs.published(appId, json.read(body, ArticleIdRequest.class).articleId());
        return Map.of("news_item", newsItems(job, true));
    }

    @POST
    @Path("/batchget")
    public Map<String, Object> batchGet(@QueryParam("access_token") String accessToken, String body) {
        String appId = admit(accessToken);
        return json.read(body, BatchGetRequest.class).answer(jobs.publishedOf(appId), (job, withContent) -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("article_id", job.articleId());
            item.put("content", Map.of("news_item", newsItems(job, withContent)));
            item.put("update_time", job.finishAt().getEpochSecond());
            return item;
        });
    }

    /** The published articles of a job as news_item, each with its permanent link and whether it was deleted. */
    private List<Map<String, Object>> newsItems(PublishJob job, boolean withContent) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int idx = 1; idx <= job.articles().size(); idx++) {
            Map<String, Object> item = newsItems.of(job.appId(), job.articles().get(idx - 1), urls.of(job, idx),
                    withContent);
            item.put("is_deleted", job.deleted(idx));
            items.add(item);
        }
        return items;
    }

    /** The calling account, once the jobs whose time has come have settled. */
    private String admit(String accessToken) {
        String appId = guard.admit(accessToken);
        publisher.settle();
        return appId;
    }

    record MediaIdRequest(@JsonProperty("media_id") String mediaId) {
    }

    record PublishIdRequest(@JsonProperty("publish_id") String publishId) {
    }

    record ArticleIdRequest(@JsonProperty("article_id") String articleId) {
    }

    record DeleteRequest(@JsonProperty("article_id") String articleId, Integer index) {
    }
}
