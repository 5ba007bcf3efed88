package io.herald.wechat.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The WeChat calls of the channel, per account. Each call carries the account's access token; when WeChat says
 * the token is invalid or expired (40001, 40014, 42001) the token is expired (if no other call renewed it
 * meanwhile) and the call made once more with a fresh one; only if that fails for the token too is a new token
 * forced ({@code force_refresh}) for one last try.
 */
@ApplicationScoped
public class WechatApi {

    private static final Set<Integer> TOKEN_ERRORS = Set.of(40001, 40014, 42001);
    private static final String DRAFT_ADD = "/cgi-bin/draft/add";

    private final WechatHttp http;
    private final AccessTokens tokens;

    WechatApi(WechatHttp http, AccessTokens tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    /** {@code media/uploadimg}: a picture for an article's body; returns its URL on WeChat's hosts. */
    public String uploadImage(String account, Picture picture) {
        return withToken(account, token -> http.postMedia("/cgi-bin/media/uploadimg", Map.of("access_token", token),
                picture.filename(), picture.contentType(), picture.content())).path("url").asText();
    }

    /** {@code material/add_material?type=image}: a permanent image, the cover; returns its media id. */
    public String addCoverImage(String account, Picture picture) {
        return withToken(account, token -> http.postMedia("/cgi-bin/material/add_material",
                Map.of("access_token", token, "type", "image"), picture.filename(), picture.contentType(),
                picture.content())).path("media_id").asText();
    }

    /** {@code draft/add} of one article; returns the draft's media id. */
    public String addDraft(String account, Map<String, Object> article) {
        return withToken(account, token -> http.postJson(DRAFT_ADD, Map.of("access_token", token),
                Map.of("articles", List.of(article)))).path("media_id").asText();
    }

    /** {@code draft/update} of the draft's only article. */
    public void updateDraft(String account, String mediaId, Map<String, Object> article) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("media_id", mediaId);
        body.put("index", 0);
        body.put("articles", article);
        withToken(account, token -> http.postJson("/cgi-bin/draft/update", Map.of("access_token", token), body));
    }

    /** {@code draft/delete}. */
    public void deleteDraft(String account, String mediaId) {
        withToken(account, token -> http.postJson("/cgi-bin/draft/delete", Map.of("access_token", token),
                Map.of("media_id", mediaId)));
    }

    /** {@code draft/get}: whether the draft is still in the account's draft box (not deleted, not published). */
    public boolean draftExists(String account, String mediaId) {
        try {
            withToken(account, token -> http.postJson("/cgi-bin/draft/get", Map.of("access_token", token),
                    Map.of("media_id", mediaId)));
            return true;
        } catch (WechatException e) {
            if (e.errcode() == WechatException.INVALID_MEDIA_ID) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Looks through the account's drafts ({@code draft/batchget}) for one whose article links to {@code
     * contentSourceUrl}: the draft an interrupted {@code draft/add} may have made.
     */
    public Optional<String> findDraft(String account, String contentSourceUrl) {
        return findInPages(account, "/cgi-bin/draft/batchget", item -> linksTo(item, contentSourceUrl)
                .map(news -> item.path("media_id").asText()));
    }

    /**
     * Looks through the account's published articles ({@code freepublish/batchget}, which lists successful
     * publications only) for one not deleted whose article links to {@code contentSourceUrl}: the publication an
     * unanswered {@code freepublish/submit} may have made.
     */
    public Optional<PublishedArticle> findPublication(String account, String contentSourceUrl) {
        return findInPages(account, "/cgi-bin/freepublish/batchget", item -> linksTo(item, contentSourceUrl)
                .map(news -> new PublishedArticle(item.path("article_id").asText(), textOrNull(news.path("url")))));
    }

    /** {@code freepublish/submit}: publishes the draft; returns the publish id to follow. */
    public String submitPublication(String account, String mediaId) {
        return withToken(account, token -> http.postJson("/cgi-bin/freepublish/submit",
                Map.of("access_token", token), Map.of("media_id", mediaId))).path("publish_id").asText();
    }

    /** {@code freepublish/get}: where the publication stands. */
    public PublishStatus publicationStatus(String account, String publishId) {
        JsonNode answer = withToken(account, token -> http.postJson("/cgi-bin/freepublish/get",
                Map.of("access_token", token), Map.of("publish_id", publishId)));
        List<String> urls = new ArrayList<>();
        answer.path("article_detail").path("item").forEach(item -> urls.add(item.path("article_url").asText()));
        List<Integer> failed = new ArrayList<>();
        answer.path("fail_idx").forEach(index -> failed.add(index.asInt()));
        return new PublishStatus(answer.path("publish_status").asInt(), textOrNull(answer.path("article_id")),
                urls.isEmpty() ? null : urls.get(0), failed);
    }

    /** {@code freepublish/delete}: withdraws a published article. */
    public void deletePublication(String account, String articleId) {
        withToken(account, token -> http.postJson("/cgi-bin/freepublish/delete", Map.of("access_token", token),
                Map.of("article_id", articleId, "index", 0)));
    }

    /** The first item of a batchget list (20 a page, without content) that {@code match} takes. */
    private <T> Optional<T> findInPages(String account, String path, Function<JsonNode, Optional<T>> match) {
        int offset = 0;
        while (true) {
            Map<String, Object> page = Map.of("offset", offset, "count", 20, "no_content", 1);
            JsonNode answer = withToken(account, token -> http.postJson(path, Map.of("access_token", token), page));
            JsonNode items = answer.path("item");
            for (JsonNode item : items) {
                Optional<T> found = match.apply(item);
                if (found.isPresent()) {
                    return found;
                }
            }
            offset += items.size();
            if (items.isEmpty() || offset >= answer.path("total_count").asInt(0)) {
                return Optional.empty();
            }
        }
    }

    /** The item's article that links to {@code contentSourceUrl} and is not deleted, if any. */
    private static Optional<JsonNode> linksTo(JsonNode item, String contentSourceUrl) {
        for (JsonNode news : item.path("content").path("news_item")) {
            if (contentSourceUrl != null && contentSourceUrl.equals(news.path("content_source_url").asText())
                    && !news.path("is_deleted").asBoolean(false)) {
                return Optional.of(news);
            }
        }
        return Optional.empty();
    }

    private JsonNode withToken(String account, Function<String, JsonNode> call) {
        String token = tokens.token(account);
        try {
            return call.apply(token);
        } catch (WechatException e) {
            if (!TOKEN_ERRORS.contains(e.errcode())) {
                throw e;
            }
            tokens.expire(account, token);
        }
        String fresh = tokens.token(account);
        try {
            return call.apply(fresh);
        } catch (WechatException e) {
            if (!TOKEN_ERRORS.contains(e.errcode())) {
                throw e;
            }
        }
        return call.apply(tokens.forceRefresh(account, fresh));
    }

    private static String textOrNull(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
