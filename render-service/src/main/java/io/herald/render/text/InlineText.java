package io.herald.render.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.herald.events.BodyBlock;
import io.herald.events.InlineRun;
import io.herald.events.InlineRun.Mark;

/**
 * A text block's text as the channels show it: pieces of text, each plain or bold, italic, subscript or superscript,
 * a link when {@code href} is set, or a line break. From the block's {@link InlineRun runs} when it has them (a
 * run's {@code "\n"} is a line break; a link is kept only to an absolute http, https or mailto address, checked again
 * here), else from its plain text; in either, an http(s) address written in unlinked text becomes a link ({@link
 * TextLinks}), as it always did.
 */
public final class InlineText {

    /** A piece of text with how it reads; a line break when {@code lineBreak} (its text is then empty). */
    public record Piece(String text, String href, boolean bold, boolean italic, boolean sub, boolean sup,
            boolean lineBreak) {

        static Piece plain(String text, String href) {
            return new Piece(text, href, false, false, false, false, false);
        }
    }

    private InlineText() {
    }

    /** The block's text ({@code text}, or {@code runs} when set) as pieces. */
    public static List<Piece> of(BodyBlock block) {
        return of(block.text(), block.runs());
    }

    /** Each item of a list block as pieces, from {@code itemRuns} when they match the items. */
    public static List<List<Piece>> items(BodyBlock block) {
        List<String> items = block.items() == null ? List.of() : block.items();
        List<List<InlineRun>> runs = block.itemRuns();
        boolean matched = runs != null && runs.size() == items.size();
        List<List<Piece>> pieces = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            pieces.add(of(items.get(i), matched ? runs.get(i) : null));
        }
        return pieces;
    }

    /** {@code text} as pieces, or {@code runs} when set. */
    public static List<Piece> of(String text, List<InlineRun> runs) {
        List<Piece> pieces = new ArrayList<>();
        if (runs == null || runs.isEmpty()) {
            linkAddresses(pieces, text, Piece.plain("", null));
            return pieces;
        }
        for (InlineRun run : runs) {
            if (run.text() == null) {
                continue;
            }
            String href = link(run.href());
            Piece style = new Piece("", href, run.has(Mark.BOLD), run.has(Mark.ITALIC), run.has(Mark.SUBSCRIPT),
                    run.has(Mark.SUPERSCRIPT), false);
            String[] lines = run.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    pieces.add(new Piece("", null, false, false, false, false, true));
                }
                if (href != null) {
                    add(pieces, style, lines[i], href);
                } else {
                    linkAddresses(pieces, lines[i], style);
                }
            }
        }
        return pieces;
    }

    private static void linkAddresses(List<Piece> pieces, String text, Piece style) {
        TextLinks.parts(text).forEach(part -> add(pieces, style, part.text(), part.url()));
    }

    private static void add(List<Piece> pieces, Piece style, String text, String href) {
        if (!text.isEmpty()) {
            pieces.add(new Piece(text, href, style.bold(), style.italic(), style.sub(), style.sup(), false));
        }
    }

    /** {@code href} if it is an absolute http(s) address with a host or a mailto address; else null. */
    static String link(String href) {
        if (href == null) {
            return null;
        }
        try {
            URI uri = new URI(href.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            return web || scheme.equals("mailto") ? href.strip() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
