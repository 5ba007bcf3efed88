package io.herald.wechat.sandbox.operator;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.herald.wechat.sandbox.draft.DraftStore;
import io.herald.wechat.sandbox.fault.DailyQuota;
import io.herald.wechat.sandbox.fault.Faults;
import io.herald.wechat.sandbox.media.MediaStore;
import io.herald.wechat.sandbox.publish.PublishCallback;
import io.herald.wechat.sandbox.publish.PublishStatus;
import io.herald.wechat.sandbox.publish.PublishStore;
import io.herald.wechat.sandbox.publish.Publisher;
import io.herald.wechat.sandbox.token.TokenStore;

/**
 * The operators' switches, {@code /sandbox/…} (not WeChat's API: plain HTTP statuses, RFC 9457 problems for bad
 * input). Each answers the switches as they stand ({@code GET /sandbox/faults}).
 */
@Path("/sandbox")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class SandboxResource {

    private final Faults faults;
    private final TokenStore tokens;
    private final DailyQuota quota;
    private final MediaStore media;
    private final DraftStore drafts;
    private final PublishStore jobs;
    private final Publisher publisher;
    private final PublishCallback callback;
    private final ObjectMapper mapper;

    SandboxResource(Faults faults, TokenStore tokens, DailyQuota quota, MediaStore media, DraftStore drafts,
            PublishStore jobs, Publisher publisher, PublishCallback callback, ObjectMapper mapper) {
        this.faults = faults;
        this.tokens = tokens;
        this.quota = quota;
        this.media = media;
        this.drafts = drafts;
        this.jobs = jobs;
        this.publisher = publisher;
        this.callback = callback;
        this.mapper = mapper;
    }

    @GET
    @Path("/faults")
    public Map<String, Object> faults() {
        Map<String, Object> switches = faults.describe();
        switches.put("callbackUrl", callback.target().orElse(null));
        return switches;
    }

    /** {"calls": N}: the next N WeChat calls answer -1. */
    @POST
    @Path("/faults/busy")
    public Map<String, Object> busy(String body) {
        JsonNode calls = object(body).path("calls");
        if (!calls.canConvertToInt() || !calls.isIntegralNumber() || calls.asInt() < 0) {
            throw new InvalidSwitchException("calls", "must be a whole number from 0");
        }
        faults.busyFor(calls.asInt());
        return faults();
    }

    /** Every token issued so far expires now (42001 on its next use). */
    @POST
    @Path("/faults/expire-tokens")
    public Map<String, Object> expireTokens() {
        tokens.expireAll();
        return faults();
    }

    /** {"reached": true|false}: draft/add and freepublish/submit answer 45009 while on. */
    @POST
    @Path("/faults/quota")
    public Map<String, Object> quota(String body) {
        JsonNode reached = object(body).path("reached");
        if (!reached.isBoolean()) {
            throw new InvalidSwitchException("reached", "must be true or false");
        }
        faults.quotaReached(reached.asBoolean());
        if (!reached.asBoolean()) {
            quota.clear();
        }
        return faults();
    }

    /** {"publishStatus": 2|3|4} (default 4): jobs submitted from now on end in that failure status. */
    @POST
    @Path("/faults/review-rejection")
    public Map<String, Object> rejectReviews(String body) {
        JsonNode status = body == null || body.isBlank() ? mapper.createObjectNode() : object(body);
        JsonNode value = status.path("publishStatus");
        int publishStatus = value.isMissingNode() || value.isNull() ? PublishStatus.REVIEW_REJECTED : value.asInt(-1);
        if (!(value.isMissingNode() || value.isNull() || value.isIntegralNumber())
                || !PublishStatus.isFailure(publishStatus)) {
            throw new InvalidSwitchException("publishStatus", "must be 2, 3 or 4");
        }
        faults.rejectReviews(OptionalInt.of(publishStatus));
        return faults();
    }

    @DELETE
    @Path("/faults/review-rejection")
    public Map<String, Object> acceptReviews() {
        faults.rejectReviews(OptionalInt.empty());
        return faults();
    }

    /** All switches off; the daily quotas start again. */
    @POST
    @Path("/faults/reset")
    public Map<String, Object> resetFaults() {
        faults.reset();
        quota.clear();
        return faults();
    }

    /** {"url": "http://…" | null}: where PUBLISHJOBFINISH events go. */
    @POST
    @Path("/callback")
    public Map<String, Object> callback(String body) {
        JsonNode url = object(body).path("url");
        if (url.isNull() || url.isMissingNode()) {
            callback.target(Optional.empty());
        } else if (url.isTextual() && url.asText().matches("https?://\\S+")) {
            callback.target(Optional.of(url.asText()));
        } else {
            throw new InvalidSwitchException("url", "must be an http(s) address or null");
        }
        return faults();
    }

    /** The system bans a published article: publish_status 6. */
    @POST
    @Path("/articles/{articleId}/ban")
    public Map<String, Object> ban(@PathParam("articleId") String articleId) {
        publisher.settle();
        if (!jobs.ban(articleId)) {
            throw new NotFoundException("no published article " + articleId);
        }
        return Map.of("article_id", articleId, "publish_status", PublishStatus.BANNED);
    }

    /** Forgets every token, image, draft and published article, and turns every switch off. */
    @POST
    @Path("/reset")
    public Map<String, Object> reset() {
        tokens.clear();
        media.clear();
        drafts.clear();
        jobs.clear();
        return resetFaults();
    }

    private JsonNode object(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw new InvalidSwitchException(null, "the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidSwitchException(null, "the body must be a JSON object");
        }
    }
}
