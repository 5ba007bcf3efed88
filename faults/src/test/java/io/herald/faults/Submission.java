package io.herald.faults;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One revision of one article as the load posts it to ingest (source {@code demo}, explicit revision). */
record Submission(String sourceId, int revision, boolean killed) {

    static final String SOURCE = "demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    String articleId() {
        return SOURCE + ":" + sourceId;
    }

    /** The request body: a short Chinese article whose text names its id and revision. */
    String json() {
        Map<String, Object> article = Map.of(
                "sourceId", sourceId,
                "revision", revision,
                "pubStatus", killed ? "canceled" : "usable",
                "language", "zh-CN",
                "headline", "故障演练稿件 " + sourceId + " 第" + revision + "版",
                "dateline", "本报讯",
                "body", List.of(
                        Map.of("type", "paragraph", "text", "本文用于故障演练，编号 " + sourceId + "，修订 " + revision + "。"),
                        Map.of("type", "paragraph", "text", "高新区创新载体建设布局持续完善，科技成果转化加速。")));
        try {
            return JSON.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
