package io.herald.render.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.xml.sax.SAXException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.herald.events.ArticleSubmitted;
import io.herald.events.testing.ReferencePage;

/** What the web tests share: fetching pages once rendered, reading their head, parsing feeds strictly. */
final class WebPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WebPages() {
    }

    /** Reference item {@code item} tagged {@code tag}, first created and last changed at {@code created}. */
    static ArticleSubmitted referenceItem(String item, String tag, Instant created) {
        return ReferencePage.item(item, tag, item, json -> {
            json.put("firstCreated", created.toString());
            json.put("versionCreated", created.toString());
        });
    }

    /** Waits until GET {@code path} answers {@code status}, then returns the body. */
    static String awaitStatus(int status, String path, Object... pathParams) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get(path, pathParams)
                .then().statusCode(status));
        return given().when().get(path, pathParams).then().statusCode(status).extract().asString();
    }

    /** {@code value} as one URL path segment, as the service's links write it. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static Document html(String html) {
        return Jsoup.parse(html);
    }

    /** The {@code content} of {@code <meta property=…>} or {@code <meta name=…>}, or null. */
    static String meta(Document page, String key) {
        Element meta = page.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        return meta == null ? null : meta.attr("content");
    }

    /** The page's one JSON-LD block, parsed. */
    static JsonNode jsonLd(Document page) throws IOException {
        return JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
    }

    /** {@code xml} parsed by the JDK's strict XML parser (throws if it is not well-formed), then as a jsoup tree. */
    static Document xml(String xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
        return Jsoup.parse(xml, Parser.xmlParser());
    }
}
