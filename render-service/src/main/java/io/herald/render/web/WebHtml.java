package io.herald.render.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The last step of every web page body: the HTML the templates produced (with Qute's escaping) is cleaned by jsoup's
 * {@link Cleaner} against a safelist of exactly the tags and attributes those templates write. Whatever an article
 * carries, nothing else reaches a reader: no script, no event handler, no style, and links and images only to
 * http(s) addresses (and mailto links).
 */
final class WebHtml {

    private static final Safelist SAFELIST = new Safelist()
            .addTags("header", "nav", "main", "footer", "article", "section", "aside", "div",
                    "h1", "h2", "h3", "h4", "h5", "h6", "p", "span", "strong", "em", "sub", "sup", "br", "time",
                    "blockquote", "ul", "li", "figure", "figcaption", "img", "a")
            .addAttributes(":all", "class")
            .addAttributes("time", "datetime")
            .addAttributes("img", "src", "alt")
            .addAttributes("a", "href", "rel")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https");

    private WebHtml() {
    }

    /** {@code fragment} (the inside of {@code <body>}) with everything outside the safelist removed. */
    static String clean(String fragment) {
        Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(fragment));
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
