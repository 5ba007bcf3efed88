package io.herald.wechat.sandbox.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a failed WeChat call as WeChat does: HTTP 200, JSON {@code {"errcode":…,"errmsg":…}}. */
@Provider
public class WechatExceptionMapper implements ExceptionMapper<WechatException> {

    @Override
    public Response toResponse(WechatException exception) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errcode", exception.error().errcode());
        body.put("errmsg", exception.getMessage());
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
