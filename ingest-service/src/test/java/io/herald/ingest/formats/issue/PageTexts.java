package io.herald.ingest.formats.issue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Page texts under {@code src/test/resources/issues}. */
public final class PageTexts {

    /** The front page of 中国高新技术产业导报, 2026-04-06, as PDF extraction gave it. */
    public static final String REFERENCE = "china-hightech-herald-2026-04-06-p01.md";
    /** A page made from the reference page: two articles both headed 简讯, the second with the 奋楫号 picture. */
    public static final String TWO_BRIEFS = "two-briefs-2026-04-06-p01.md";

    private PageTexts() {
    }

    public static String read(String name) {
        try (InputStream in = PageTexts.class.getResourceAsStream("/issues/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource issues/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
