package io.herald.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The benchmark's articles: the reference front-page article (about 2 KB of JSON), each with its own source id. */
final class BenchArticles {

    private static final String PLACEHOLDER = "{{sourceId}}";

    private final String template;
    private final String runId;

    BenchArticles(String runId) {
        this.runId = runId;
        try (InputStream in = BenchArticles.class.getResourceAsStream("/bench-article.ndjson")) {
            this.template = new String(in.readAllBytes(), UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One article as one line of JSON, without its line break. */
    String article(String kind, int number) {
        return template.replace(PLACEHOLDER, sourceId(kind, number));
    }

    /** The id ingest gives {@link #article(String, int)} (its template's source is {@code demo}). */
    String articleId(String kind, int number) {
        return "demo:" + sourceId(kind, number);
    }

    private String sourceId(String kind, int number) {
        return runId + "-" + kind + "-" + number;
    }

    /** Writes {@code count} articles as NDJSON to {@code file}, one line at a time. */
    Path writeNdjson(Path file, int count) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, UTF_8)) {
            for (int i = 0; i < count; i++) {
                out.write(article("bulk", i));
                out.write('\n');
            }
        }
        return file;
    }
}
