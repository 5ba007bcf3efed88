package io.herald.wechat.sandbox.operator;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

import io.herald.wechat.sandbox.SandboxConfig;

/**
 * Lets a request to the switches ({@code /sandbox/…}) through only with {@code Authorization: Bearer <operator key>}
 * ({@code herald.wechat-sandbox.operator-key}): without it 401, with another key 403, with no key configured 403
 * (the switches are never open). WeChat's API and the article pages need no key, as WeChat's do not. Application
 * scoped, so that it reads its setting when the first request comes, not while the REST layer is being built.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class SwitchesKeyFilter implements ContainerRequestFilter {

    static final String SETTING = "herald.wechat-sandbox.operator-key (HERALD_WECHAT_SANDBOX_OPERATOR_KEY)";

    private static final Logger LOG = Logger.getLogger(SwitchesKeyFilter.class);

    private final Optional<byte[]> expected;

    SwitchesKeyFilter(SandboxConfig config) {
        this.expected = config.operatorKey().map(key -> ("Bearer " + key).getBytes(UTF_8));
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.replaceFirst("^/", "").startsWith("sandbox/")) {
            return;
        }
        String action = request.getMethod() + " " + path;
        if (expected.isEmpty()) {
            LOG.warnf("Switch refused, no operator key is configured: %s; set %s", action, SETTING);
            refuse(request, SwitchesProblem.of("operator-keys-not-configured", "No operator key configured", 403,
                    "the sandbox's switches are refused until " + SETTING + " is set", path));
            return;
        }
        String presented = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (presented == null) {
            refuse(request, SwitchesProblem.of("operator-key-missing", "Operator key missing", 401,
                    "the sandbox's switches need Authorization: Bearer <operator key>", path));
            return;
        }
        if (!MessageDigest.isEqual(expected.get(), presented.strip().getBytes(UTF_8))) {
            LOG.warnf("Switch with an unknown key refused: %s", action);
            refuse(request, SwitchesProblem.of("operator-key-refused", "Operator key refused", 403,
                    "the bearer key is not " + SETTING, path));
            return;
        }
        LOG.infof("switch: %s", action);
    }

    private static void refuse(ContainerRequestContext request, Map<String, Object> problem) {
        Response.ResponseBuilder answer = SwitchesProblem.answer(problem);
        if ((Integer) problem.get("status") == 401) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"wechat-sandbox\"");
        }
        request.abortWith(answer.build());
    }
}
