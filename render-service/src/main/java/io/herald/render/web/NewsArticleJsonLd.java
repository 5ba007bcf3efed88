package io.herald.render.web;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.events.ArticleSubmitted;
import io.herald.events.Contributor;

/**
 * The schema.org NewsArticle of an article page, as JSON written by Jackson for a
 * {@code <script type="application/ld+json">} element. {@code <}, {@code >} and {@code &} (and the line
 * separators U+2028/U+2029) are written as {@code \}{@code uXXXX} escapes, which JSON reads as the same characters,
 * so no text of the article can close the script element or start markup inside it.
 */
final class NewsArticleJsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
    }

    private NewsArticleJsonLd() {
    }

    static String of(ArticleSubmitted article, ArticleMeta meta) {
        ObjectNode json = JSON.createObjectNode()
                .put("@context", "https://schema.org")
                .put("@type", "NewsArticle")
                .put("headline", article.headline())
                .put("description", meta.description())
                .put("inLanguage", article.language() == null ? ArticleMeta.LANGUAGE : article.language())
                .put("url", meta.canonicalUrl());
        if (meta.published() != null) {
            json.put("datePublished", meta.published());
        }
        if (meta.modified() != null) {
            json.put("dateModified", meta.modified());
        }
        if (article.section() != null) {
            json.put("articleSection", article.section());
        }
        ArrayNode authors = json.putArray("author");
        article.byline().stream().map(Contributor::name).filter(Objects::nonNull)
                .forEach(name -> authors.addObject().put("@type", "Person").put("name", name));
        ObjectNode publisher = json.putObject("publisher").put("@type", "Organization").put("name", meta.publisherName());
        meta.publisherLogoUrl().ifPresent(logo -> publisher.putObject("logo").put("@type", "ImageObject").put("url", logo));
        List<String> images = meta.imageUrls();
        if (!images.isEmpty()) {
            images.forEach(json.putArray("image")::add);
        }
        json.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", meta.canonicalUrl());
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }

    private static final class ScriptSafeEscapes extends CharacterEscapes {

        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

        private final int[] asciiEscapes = standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            asciiEscapes['<'] = ESCAPE_STANDARD;
            asciiEscapes['>'] = ESCAPE_STANDARD;
            asciiEscapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '\u2028' -> LINE_SEPARATOR;
                case '\u2029' -> PARAGRAPH_SEPARATOR;
                default -> null;
            };
        }
    }
}
