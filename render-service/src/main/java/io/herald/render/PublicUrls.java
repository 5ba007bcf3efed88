package io.herald.render;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The public addresses of what this service serves, under {@code herald.render.public-base-url}. Ids and names are
 * one path segment each: letters, digits, {@code -._~:@} kept, every other character percent-encoded as UTF-8, so
 * no value can add a path, query or template to an address.
 */
@ApplicationScoped
public class PublicUrls {

    private static final String KEPT = "-._~:@";

    private final String base;

    PublicUrls(RenderConfig config) {
        String url = config.publicBaseUrl().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The site's home: the base URL itself. */
    public String home() {
        return base + "/";
    }

    /** The article's web page. */
    public String article(String articleId) {
        return base + "/web/articles/" + segment(articleId);
    }

    /** The front page of a printed issue. */
    public String issue(String publication, LocalDate issueDate) {
        return base + "/web/issues/" + segment(publication) + "/" + issueDate;
    }

    /** One page of a printed issue, by its number (1 for 01版). */
    public String issuePage(String publication, LocalDate issueDate, int pageNumber) {
        return issue(publication, issueDate) + "/pages/" + pageNumber;
    }

    /** A fixed resource of this service, e.g. {@code feeds/rss.xml}. */
    public String resource(String path) {
        return base + "/" + path;
    }

    static String segment(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || KEPT.indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
