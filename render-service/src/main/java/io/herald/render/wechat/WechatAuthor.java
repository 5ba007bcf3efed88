package io.herald.render.wechat;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import io.herald.events.Contributor;

/**
 * WeChat's {@code author}: the names of the people who wrote the article (reporters, correspondents, authors; of
 * everyone credited when no one wrote it, e.g. a photo item's photographer), in byline order, joined by 、. When
 * they do not fit, as many as fit followed by 等 ("and others"), as newspapers print it; a single name too long
 * is kept whole, for the limit check to report.
 */
final class WechatAuthor {

    private static final Set<Contributor.Role> WRITERS = EnumSet.of(Contributor.Role.REPORTER,
            Contributor.Role.CORRESPONDENT, Contributor.Role.AUTHOR);
    private static final String SEPARATOR = "、";
    private static final String AND_OTHERS = "等";

    private WechatAuthor() {
    }

    /** The author line, at most {@code maxCodePoints} unless one name alone is longer; null when no one is credited. */
    static String of(List<Contributor> byline, int maxCodePoints) {
        List<String> names = names(byline, contributor -> WRITERS.contains(contributor.role()));
        if (names.isEmpty()) {
            names = names(byline, contributor -> true);
        }
        if (names.isEmpty()) {
            return null;
        }
        for (int count = names.size(); count > 0; count--) {
            String author = String.join(SEPARATOR, names.subList(0, count)) + (count < names.size() ? AND_OTHERS : "");
            if (author.codePointCount(0, author.length()) <= maxCodePoints) {
                return author;
            }
        }
        return names.get(0);
    }

    private static List<String> names(List<Contributor> byline, Predicate<Contributor> credited) {
        return byline.stream().filter(credited).map(Contributor::name).filter(Objects::nonNull).map(String::strip)
                .filter(name -> !name.isEmpty()).distinct().toList();
    }
}
