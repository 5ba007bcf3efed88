package io.herald.wechat.sandbox.operator;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem as Herald's services write them: {@code urn:herald:problem:<name>}, title, status, detail. */
final class SwitchesProblem {

    private SwitchesProblem() {
    }

    /** The problem's fields, for a caller to add its own (e.g. {@code errors}) before answering. */
    static Map<String, Object> of(String name, String title, int status, String detail, String path) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:herald:problem:" + name);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", "/" + path.replaceFirst("^/", ""));
        return problem;
    }

    /** The answer carrying {@code problem}. */
    static Response.ResponseBuilder answer(Map<String, Object> problem) {
        return Response.status((Integer) problem.get("status")).type("application/problem+json").entity(problem);
    }
}
