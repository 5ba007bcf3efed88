package io.herald.render.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.herald.events.ArticleSubmitted;
import io.herald.events.Contributor;
import io.herald.events.Contributor.Role;
import io.quarkus.qute.TemplateExtension;

/**
 * An article's byline as Chinese newspapers print it, in the web and WeChat templates. Under a dateline the writers
 * go in brackets after it ({@code 本报讯（记者 姚雯）}, {@code 新华社北京6月2日电（记者 张伟 李明）}); without one, the
 * paper's own reporters are {@code 本报记者 张伟} ({@code 记者 张伟} for an article of no publication) and an author's
 * sign-off is the name alone. Never {@code 作者}: no paper prints it. People of the same role share one label
 * ({@code 本报记者 张伟 李明}); photographers and editors follow the writers ({@code 摄影 刘甲}).
 */
@TemplateExtension
public final class Credits {

    /** Who wrote the article: what a dateline's brackets hold. */
    private static final Set<Role> WRITERS = EnumSet.of(Role.REPORTER, Role.AUTHOR, Role.CORRESPONDENT);
    private static final String OWN_PAPER = "本报";

    private Credits() {
    }

    /** The byline as printed, the dateline in it when it has writers to hold ({@link #datelineApart}); null if empty. */
    static String printedByline(ArticleSubmitted article) {
        List<Contributor> writers = named(article, true);
        List<String> parts = new ArrayList<>();
        if (datelineHoldsWriters(article, writers)) {
            parts.add(article.dateline().strip() + "（" + labelled(writers, Credits::bracketLabel) + "）");
        } else if (!writers.isEmpty()) {
            boolean ownPaper = article.publication() != null && article.publication().name() != null;
            parts.add(labelled(writers, role -> lineLabel(role, ownPaper)));
        }
        List<Contributor> others = named(article, false);
        if (!others.isEmpty()) {
            parts.add(labelled(others, Credits::otherLabel));
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** The dateline when it is printed by itself, not inside the {@link #printedByline}; null otherwise. */
    static String datelineApart(ArticleSubmitted article) {
        return hasDateline(article) && !datelineHoldsWriters(article, named(article, true)) ? article.dateline().strip()
                : null;
    }

    private static boolean hasDateline(ArticleSubmitted article) {
        return article.dateline() != null && !article.dateline().isBlank();
    }

    private static boolean datelineHoldsWriters(ArticleSubmitted article, List<Contributor> writers) {
        return hasDateline(article) && !writers.isEmpty();
    }

    /** The credited people with a name, the writers ({@code writers}) or everyone else, in byline order. */
    private static List<Contributor> named(ArticleSubmitted article, boolean writers) {
        return article.byline().stream()
                .filter(person -> person.name() != null && !person.name().isBlank())
                .filter(person -> WRITERS.contains(person.role()) == writers)
                .toList();
    }

    /** The people with their labels, those in a row with the same label under one: {@code 记者 张伟 李明 通讯员 王芳}. */
    private static String labelled(List<Contributor> people, Function<Role, String> label) {
        StringBuilder printed = new StringBuilder();
        String previous = null;
        for (Contributor person : people) {
            String current = label.apply(person.role());
            if (!printed.isEmpty()) {
                printed.append(' ');
            }
            if (!current.equals(previous) && !current.isEmpty()) {
                printed.append(current).append(' ');
            }
            printed.append(person.name().strip());
            previous = current;
        }
        return printed.toString();
    }

    /** Inside a dateline's brackets: 记者 for whoever reported or signed, 通讯员. */
    private static String bracketLabel(Role role) {
        return role == Role.CORRESPONDENT ? "通讯员" : "记者";
    }

    /** On a byline line of its own: 本报记者 and 本报通讯员 for the paper's own, a sign-off's name alone. */
    private static String lineLabel(Role role, boolean ownPaper) {
        String prefix = ownPaper ? OWN_PAPER : "";
        return switch (role) {
            case REPORTER -> prefix + "记者";
            case CORRESPONDENT -> prefix + "通讯员";
            default -> "";
        };
    }

    /** Who did not write it: 摄影, 编辑, or the name alone. */
    private static String otherLabel(Role role) {
        return role == null ? "" : switch (role) {
            case PHOTOGRAPHER -> "摄影";
            case EDITOR -> "编辑";
            default -> "";
        };
    }
}
