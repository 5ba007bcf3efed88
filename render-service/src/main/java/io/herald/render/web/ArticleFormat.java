package io.herald.render.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
import io.herald.events.Image;
import io.herald.render.text.InlineText;
import io.quarkus.qute.TemplateExtension;

/** How article fields read on the web pages: in their templates, and the times the feeds and JSON-LD write. */
@TemplateExtension
final class ArticleFormat {

    /** Newsroom time: the seed paper and its readers are in China. */
    static final ZoneId NEWSROOM_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm");
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

    private ArticleFormat() {
    }

    /** E.g. {@code 2026-04-06T09:30:00+08:00}, for {@code <time datetime>}, JSON-LD and Open Graph. */
    static String newsroomIso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(NEWSROOM_ZONE).truncatedTo(ChronoUnit.SECONDS));
    }

    /** E.g. {@code 2026年4月6日 09:30}. */
    static String newsroomText(Instant instant) {
        return READABLE.format(instant.atZone(NEWSROOM_ZONE));
    }

    /** E.g. {@code 2026年4月6日}. */
    static String newsroomDateText(Instant instant) {
        return CHINESE_DATE.format(instant.atZone(NEWSROOM_ZONE));
    }

    /** E.g. {@code 2026年4月6日 星期一}, as a masthead prints the issue date. */
    static String chineseDate(LocalDate date) {
        return CHINESE_DATE.format(date) + " " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.SIMPLIFIED_CHINESE);
    }

    /** The heading's level below the page's one {@code <h1>}: 2 to 6. */
    static int headingLevel(BodyBlock block) {
        return block.level() == null ? 2 : Math.max(2, Math.min(6, block.level()));
    }

    /** The block's text as pieces with their marks and links ({@link InlineText}). */
    static List<InlineText.Piece> inlinePieces(BodyBlock block) {
        return InlineText.of(block);
    }

    /** A list block's items as pieces with their marks and links. */
    static List<List<InlineText.Piece>> inlineItems(BodyBlock block) {
        return InlineText.items(block);
    }

    /** The article's images that no body block shows already, to be shown after the body. */
    static List<Image> imagesOutsideBody(ArticleSubmitted article) {
        List<Image> inBody = article.body().stream().map(BodyBlock::image).filter(Objects::nonNull).toList();
        return article.images().stream().filter(image -> !inBody.contains(image)).toList();
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
