package io.herald.render;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import io.herald.events.BodyBlock;
import io.herald.events.Contributor;
import io.herald.events.Image;
import io.quarkus.qute.TemplateExtension;

/** How article fields read on the page, shared by the web and WeChat templates. */
@TemplateExtension
public final class ArticleFormat {

    /** Newsroom time: the seed paper and its readers are in China. */
    private static final ZoneId NEWSROOM_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm");

    private ArticleFormat() {
    }

    /** E.g. {@code 2026-04-06T09:30:00+08:00}, for {@code <time datetime>}. */
    static String newsroomIso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(NEWSROOM_ZONE).truncatedTo(ChronoUnit.SECONDS));
    }

    /** E.g. {@code 2026年4月6日 09:30}. */
    static String newsroomText(Instant instant) {
        return READABLE.format(instant.atZone(NEWSROOM_ZONE));
    }

    /** E.g. {@code 记者 张伟}; the name alone when the role has no printed label. */
    static String credit(Contributor contributor) {
        String label = contributor.role() == null ? "" : switch (contributor.role()) {
            case REPORTER -> "记者";
            case CORRESPONDENT -> "通讯员";
            case AUTHOR -> "作者";
            case PHOTOGRAPHER -> "摄影";
            case EDITOR -> "编辑";
            case OTHER -> "";
        };
        return label.isEmpty() ? contributor.name() : label + " " + contributor.name();
    }

    /** The heading's level below the page's one {@code <h1>}: 2 to 6. */
    static int headingLevel(BodyBlock block) {
        return block.level() == null ? 2 : Math.max(2, Math.min(6, block.level()));
    }

    /** The image's address if it is an http(s) URL, else null, so that no other scheme reaches a page. */
    static String webUri(Image image) {
        String uri = image.uri();
        if (uri == null) {
            return null;
        }
        try {
            String scheme = URI.create(uri.strip()).getScheme();
            return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme) ? uri.strip() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
