package io.herald.console.access;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Base64;
import java.util.Optional;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;

import io.herald.console.ConsoleConfig;

/**
 * A browser's operator session: the operator key given at the login form, kept by the browser in a cookie that
 * scripts cannot read ({@code HttpOnly}), that other sites cannot make it send ({@code SameSite=Strict}), that expires
 * ({@code Max-Age}) and that travels over HTTPS only when {@code herald.console.session.secure-cookie} is set. The key
 * is checked against the operator keys on every request, so a key taken out of {@code HERALD_OPERATOR_KEYS} ends its
 * sessions at once. The key is Base64url-encoded in the cookie, which takes no comma, semicolon or space.
 */
public final class OperatorSession {

    public static final String COOKIE = "herald_operator";

    private OperatorSession() {
    }

    /** The cookie that opens a session with {@code key}. */
    public static NewCookie open(String key, ConsoleConfig.Session session) {
        return cookie(Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(UTF_8)),
                (int) session.maxAge().toSeconds(), session);
    }

    /** The cookie that ends a session. */
    public static NewCookie close(ConsoleConfig.Session session) {
        return cookie("", 0, session);
    }

    /** The key a session cookie holds; empty when it holds none that could be one. */
    static Optional<String> key(Cookie cookie) {
        if (cookie == null || cookie.getValue() == null || cookie.getValue().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(cookie.getValue()), UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static NewCookie cookie(String value, int maxAge, ConsoleConfig.Session session) {
        return new NewCookie.Builder(COOKIE).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .secure(session.secureCookie()).sameSite(NewCookie.SameSite.STRICT).build();
    }
}
