package io.herald.wechat.sandbox.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A {@code batchget} of WeChat's lists (drafts, published articles): {offset from 0, count 1–20, no_content (1: no
 * content field)} → {total_count, item_count, item}; 40035 for an offset or count out of range.
 */
public record BatchGetRequest(Integer offset, Integer count, @JsonProperty("no_content") Integer noContent) {

    private static final int AT_MOST = 20;

    /** The answer: the requested page of {@code all}, each item as {@code item} makes it (given withContent). */
    public <T> Map<String, Object> answer(List<T> all, BiFunction<T, Boolean, Map<String, Object>> item) {
        int from = offset == null ? 0 : offset;
        int size = count == null ? 0 : count;
        if (from < 0 || size < 1 || size > AT_MOST) {
            throw WechatError.INVALID_PARAMETER.exception("offset from 0, count from 1 to 20");
        }
        boolean withContent = noContent == null || noContent == 0;
        List<Map<String, Object>> items = all.stream().skip(from).limit(size)
                .map(entry -> item.apply(entry, withContent)).toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("total_count", all.size());
        answer.put("item_count", items.size());
        answer.put("item", items);
        return answer;
    }
}
