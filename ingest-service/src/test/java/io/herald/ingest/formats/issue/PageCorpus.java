package io.herald.ingest.formats.issue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.herald.events.Contributor;
import io.herald.events.Contributor.Role;

/**
 * The pages under {@code src/test/resources/issues/corpus}: each page's text and what a reader sees on it, as
 * written by hand in its {@code .expected} file.
 */
final class PageCorpus {

    private PageCorpus() {
    }

    /** One item as a reader sees it. */
    record ExpectedItem(ParsedItem.Kind kind, Headline headline, String dateline, List<Contributor> byline,
            int images, String bodyStart) {
    }

    /** One page of the corpus. */
    record Page(String name, String text, String source, String publication, LocalDate date, String page,
            List<ExpectedItem> items) {
    }

    static List<Page> pages() {
        try (Stream<Path> files = Files.list(Path.of(PageCorpus.class.getResource("/issues/corpus").toURI()))) {
            List<Page> pages = new ArrayList<>();
            for (Path expected : files.filter(f -> f.toString().endsWith(".expected")).sorted().toList()) {
                String name = expected.getFileName().toString().replace(".expected", "");
                pages.add(page(name, Files.readString(expected.resolveSibling(name + ".txt"), StandardCharsets.UTF_8),
                        Files.readAllLines(expected, StandardCharsets.UTF_8)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Page page(String name, String text, List<String> lines) {
        Map<String, String> header = new HashMap<>();
        List<ExpectedItem> items = new ArrayList<>();
        Map<String, String> item = null;
        ParsedItem.Kind kind = null;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (line.equals("article") || line.equals("photo")) {
                if (item != null) {
                    items.add(item(kind, item));
                }
                kind = ParsedItem.Kind.valueOf(line.toUpperCase());
                item = new HashMap<>();
                continue;
            }
            int colon = line.indexOf(": ");
            (item == null ? header : item).put(colon < 0 ? line.replace(":", "") : line.substring(0, colon),
                    colon < 0 ? "" : line.substring(colon + 2).strip());
        }
        if (item != null) {
            items.add(item(kind, item));
        }
        return new Page(name, text, header.get("source"), header.get("publication"),
                LocalDate.parse(header.get("date")), header.get("page"), items);
    }

    private static ExpectedItem item(ParsedItem.Kind kind, Map<String, String> fields) {
        List<Contributor> byline = new ArrayList<>();
        String people = fields.getOrDefault("byline", "");
        if (!people.isBlank()) {
            for (String person : people.split(",\\s*")) {
                String[] parts = person.split("/");
                byline.add(new Contributor(parts[0], Role.valueOf(parts[1].toUpperCase())));
            }
        }
        return new ExpectedItem(kind,
                new Headline(fields.get("kicker"), fields.get("headline"), fields.get("subheadline")),
                fields.get("dateline"), byline,
                Integer.parseInt(fields.getOrDefault("images", kind == ParsedItem.Kind.PHOTO ? "1" : "0")),
                fields.get("body"));
    }
}
