package io.herald.ingest.formats.ninjs;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import io.herald.events.InlineRun.Mark;
import io.herald.ingest.article.InlineRunRequest;

/**
 * The inline markup of an HTML element, sanitised into runs ({@link io.herald.events.InlineRun}): {@code strong} and
 * {@code b} read bold, {@code em} and {@code i} italic, {@code sub} and {@code sup} as such, {@code br} is a line
 * break ({@code "\n"}), and {@code a} links to its {@code href} when that is an absolute {@code http}, {@code https}
 * (with a host) or {@code mailto} address of at most 2048 characters. Nothing else is kept: any other element is
 * reduced to its text (the allowed elements inside it still count), no attribute but {@code href} is read, a link
 * inside a link keeps the outer target, scripts and styles are dropped. Relative links ({@code /a}, {@code a.html},
 * {@code #a}, {@code //host/a}) are reduced to their text: they are relative to the sender's site, which Herald's
 * pages are not on, so they would point nowhere. White space collapses as a browser shows it.
 */
final class InlineRuns {

    private static final Map<String, Mark> MARKS = Map.of("strong", Mark.BOLD, "b", Mark.BOLD, "em", Mark.ITALIC,
            "i", Mark.ITALIC, "sub", Mark.SUBSCRIPT, "sup", Mark.SUPERSCRIPT);
    private static final Set<String> DROPPED = Set.of("script", "style", "template", "noscript", "iframe", "img");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern WHITE_SPACE = Pattern.compile("[ \\t\\n\\r\\f]+");
    private static final int MAX_HREF = 2048;
    private static final String BREAK = "\n";

    private final List<InlineRunRequest> runs = new ArrayList<>();

    private InlineRuns() {
    }

    /** The element's content as runs; null when it has no markup to keep (plain text is then enough). */
    static List<InlineRunRequest> of(Element element) {
        InlineRuns reader = new InlineRuns();
        reader.children(element, EnumSet.noneOf(Mark.class), null);
        return reader.finish();
    }

    private void children(Element parent, EnumSet<Mark> marks, String href) {
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode text) {
                append(WHITE_SPACE.matcher(text.getWholeText()).replaceAll(" "), marks, href);
            } else if (child instanceof Element element) {
                element(element, marks, href);
            }
        }
    }

    private void element(Element element, EnumSet<Mark> marks, String href) {
        String tag = element.normalName();
        if (DROPPED.contains(tag)) {
            return;
        }
        if (tag.equals("br")) {
            append(BREAK, marks, href);
            return;
        }
        EnumSet<Mark> inner = EnumSet.copyOf(marks);
        Mark mark = MARKS.get(tag);
        if (mark != null) {
            inner.add(mark);
        }
        String innerHref = href == null && tag.equals("a") ? link(element.attr("href")) : href;
        boolean block = element.isBlock();
        if (block) {
            append(" ", marks, href);
        }
        children(element, inner, innerHref);
        if (block) {
            append(" ", marks, href);
        }
    }

    /** The link target if it is one Herald keeps, else null. */
    static String link(String href) {
        String target = href.strip();
        if (target.isEmpty() || target.length() > MAX_HREF) {
            return null;
        }
        try {
            URI uri = new URI(target);
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme == null || !LINK_SCHEMES.contains(scheme)) {
                return null;
            }
            if (!scheme.equals("mailto") && (uri.getHost() == null || uri.getHost().isEmpty())) {
                return null;
            }
            return scheme + target.substring(scheme.length());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private void append(String text, EnumSet<Mark> marks, String href) {
        if (text.isEmpty()) {
            return;
        }
        List<Mark> list = marks.isEmpty() ? null : List.copyOf(marks);
        if (!runs.isEmpty()) {
            InlineRunRequest last = runs.get(runs.size() - 1);
            String joined = last.text() + text;
            if (text.startsWith(" ") && (last.text().endsWith(" ") || last.text().endsWith(BREAK))) {
                joined = last.text() + text.substring(1);
                text = text.substring(1);
            }
            if (Objects.equals(last.marks(), list) && Objects.equals(last.href(), href)) {
                runs.set(runs.size() - 1, new InlineRunRequest(joined, list, href));
                return;
            }
            if (text.isEmpty()) {
                return;
            }
        }
        runs.add(new InlineRunRequest(text, list, href));
    }

    private List<InlineRunRequest> finish() {
        List<InlineRunRequest> trimmed = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            String text = runs.get(i).text().replace(" " + BREAK, BREAK).replace(BREAK + " ", BREAK);
            if (i == 0) {
                text = text.stripLeading();
            }
            if (i == runs.size() - 1) {
                text = text.stripTrailing();
            }
            if (!text.isEmpty()) {
                trimmed.add(new InlineRunRequest(text, runs.get(i).marks(), runs.get(i).href()));
            }
        }
        boolean marked = trimmed.stream().anyMatch(run -> run.marks() != null || run.href() != null
                || run.text().contains(BREAK));
        return marked ? List.copyOf(trimmed) : null;
    }
}
