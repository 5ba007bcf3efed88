package io.herald.wechat.sandbox;

import static io.herald.wechat.sandbox.WechatCalls.addDraft;
import static io.herald.wechat.sandbox.WechatCalls.article;
import static io.herald.wechat.sandbox.WechatCalls.call;
import static io.herald.wechat.sandbox.WechatCalls.coverMediaId;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(PublishingInProgressTest.LongJobs.class)
class PublishingInProgressTest {

    /** Jobs that take an hour: they are still publishing when asked about. */
    public static class LongJobs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.wechat-sandbox.publish.duration", "1h");
        }
    }

    @Test
    void aJobAnswers1WhilePublishingAndTheDraftStays() {
        WechatCalls.reset();
        String token = WechatCalls.token();
        String mediaId = addDraft(token, article("标题", coverMediaId(token), "<p>正文</p>"));

        String publishId = call("freepublish/submit", token, Map.of("media_id", mediaId)).extract().path("publish_id");

        call("freepublish/get", token, Map.of("publish_id", publishId))
                .body("publish_status", equalTo(1)).body("fail_idx", empty())
                .body("$", not(hasKey("article_id")));
        call("draft/get", token, Map.of("media_id", mediaId)).body("news_item[0].title", equalTo("标题"));
    }
}
