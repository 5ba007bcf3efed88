package io.herald.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.events.ArticleSubmitted;
import io.herald.events.EventJson;

/**
 * {@link GeneratedArticles} as a newsroom posts them to ingest's {@code POST /articles/bulk}: each event's JSON
 * without what ingest decides (the article id) and with the posting source's name and the article's own source id.
 */
final class IngestLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IngestLines() {
    }

    /**
     * Writes articles {@code first} to {@code first + count - 1} of {@code articles} as NDJSON posted by
     * {@code source}; returns the article ids ingest gives them ({@code <source>:<source id>}).
     */
    static List<String> write(Path file, GeneratedArticles articles, int first, int count, String source)
            throws IOException {
        List<String> ids = new ArrayList<>(count);
        try (BufferedWriter out = Files.newBufferedWriter(file, UTF_8)) {
            for (int number = first; number < first + count; number++) {
                ArticleSubmitted article = articles.article(number);
                ObjectNode line = (ObjectNode) JSON.readTree(EventJson.write(article));
                line.remove("articleId");
                line.put("source", source);
                line.put("sourceId", article.source().itemId());
                out.write(JSON.writeValueAsString(line));
                out.write('\n');
                ids.add(source + ":" + article.source().itemId());
            }
        }
        return ids;
    }
}
