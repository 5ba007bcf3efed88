package io.herald.wechat.sandbox.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a WeChat request body as WeChat does: a body that is not JSON of the expected shape is errcode 47001 (data
 * format error), never an HTTP error.
 */
@ApplicationScoped
public class WechatJson {

    private final ObjectMapper mapper;

    WechatJson(ObjectMapper mapper) {
        this.mapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw WechatError.DATA_FORMAT.exception("the body is empty");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw WechatError.DATA_FORMAT.exception("the body is null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw WechatError.DATA_FORMAT.exception(e.getOriginalMessage());
        }
    }

    /** WeChat's success answer for calls that return nothing else: {@code {"errcode":0,"errmsg":"ok"}}. */
    public static Map<String, Object> ok() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errcode", 0);
        body.put("errmsg", "ok");
        return body;
    }

    /** The body as text, for answers WeChat sends as text/plain. */
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass(), e);
        }
    }
}
