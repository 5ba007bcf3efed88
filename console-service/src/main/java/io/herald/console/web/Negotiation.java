package io.herald.console.web;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Whether a request comes from a browser page (it prefers HTML) or from an API client (JSON, or anything). */
public final class Negotiation {

    private Negotiation() {
    }

    public static boolean prefersHtml(HttpHeaders headers) {
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        return !acceptable.isEmpty() && !acceptable.get(0).isWildcardType()
                && acceptable.get(0).isCompatible(MediaType.TEXT_HTML_TYPE);
    }
}
