package io.herald.ingest.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;

import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.bulk.NdjsonLines;
import io.herald.service.problem.FieldError;
import io.herald.service.problem.UnreadableJson;

/**
 * The articles of a bulk body, one JSON article per line ({@link NdjsonLines}): each non-blank line's article, or
 * why the line holds none, named as {@code POST /articles} names it.
 */
final class ArticleLines {

    /**
     * One non-blank line.
     *
     * @param number  1-based, counting blank lines too
     * @param article the line's article; null when it could not be read
     * @param errors  why it could not be read; empty when it was
     */
    record Line(int number, ArticleRequest article, List<FieldError> errors) {
    }

    private final NdjsonLines lines;
    private final ObjectReader reader;
    private final int maxLineLength;

    /** @param reader reads one {@link ArticleRequest} */
    ArticleLines(InputStream body, ObjectReader reader, int maxLineLength) {
        this.lines = new NdjsonLines(body, maxLineLength);
        this.reader = reader;
        this.maxLineLength = maxLineLength;
    }

    /** The next non-blank line, or null at the end of the body. */
    Line next() throws IOException {
        for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
            if (!line.isBlank()) {
                return read(line);
            }
        }
        return null;
    }

    private Line read(NdjsonLines.Line line) {
        if (line.tooLong()) {
            return unread(line, new FieldError(null, "must be at most " + maxLineLength + " bytes long"));
        }
        try {
            ArticleRequest article = reader.readValue(line.bytes());
            return article == null ? unread(line, new FieldError(null, "must be a JSON object"))
                    : new Line(line.number(), article, List.of());
        } catch (IOException e) {
            return unread(line, unreadable(e));
        }
    }

    private static Line unread(NdjsonLines.Line line, FieldError error) {
        return new Line(line.number(), null, List.of(error));
    }

    /** The line's JSON syntax or type error, or its unknown field, named as {@code POST /articles} names it. */
    private static FieldError unreadable(IOException e) {
        if (e instanceof JsonMappingException mapping) {
            return UnreadableJson.fieldError(mapping);
        }
        String message = e instanceof JsonProcessingException json ? UnreadableJson.syntaxError(json) : e.getMessage();
        return new FieldError(null, "must be valid JSON: " + message);
    }
}
