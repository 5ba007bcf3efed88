package io.herald.ingest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
import io.herald.events.PhotoItems;
import io.herald.ingest.ArticleFixtures;
import io.herald.ingest.Credentials;
import io.herald.ingest.SubmittedEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Every ninjs 2.x example IPTC publishes ({@code ninjs/iptc}) and its validation suite for 2.0–2.2
 * ({@code ninjs/iptc-validation}), posted to {@code POST /ninjs}, each with the answer it is expected to get: 202 and
 * the kind of item its event carries (an article with its pictures, a brief, a photo item), 422 naming the field, or
 * 400 naming the JSON pointer. Prints one line per folder, e.g. {@code ninjs examples 2.1: accepted 10, 422 2, 400 0}.
 */
@QuarkusTest
@RealBrokerAndDatabase
class IptcNinjsExamplesTest {

    private static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_%s.json";

    /** Folder → the ninjs version its items are checked against (null: as published, without $schema: 2.2). */
    private static final Map<String, String> FOLDERS = folders();

    /** File (under ninjs/) → expected answer: article, brief, photo, "422 field" or "400 pointer"; see the file. */
    private static final Map<String, String> EXPECTED = expected();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void everyPublishedExampleGetsItsExpectedAnswer() throws IOException, URISyntaxException {
        Path root = Path.of(IptcNinjsExamplesTest.class.getResource("/ninjs").toURI());
        List<String> mismatches = new ArrayList<>();
        List<String> unexpectedFiles = new ArrayList<>(files(root));
        unexpectedFiles.removeAll(EXPECTED.keySet());
        Map<String, int[]> tally = new LinkedHashMap<>();
        for (Map.Entry<String, String> folder : FOLDERS.entrySet()) {
            int[] counts = tally.computeIfAbsent(folder.getKey(), key -> new int[3]);
            for (String file : EXPECTED.keySet()) {
                if (file.substring(0, file.lastIndexOf('/')).equals(folder.getKey())) {
                    String answer = answer(root, file, folder.getValue());
                    counts[answer.startsWith("202") ? 0 : answer.startsWith("422") ? 1 : 2]++;
                    String expected = EXPECTED.get(file);
                    if (!answer.equals(expected.startsWith("4") ? expected : "202 " + expected)) {
                        mismatches.add(file + ": expected " + expected + ", got " + answer);
                    }
                }
            }
        }
        tally.forEach((folder, counts) -> System.out.printf("ninjs examples %s: accepted %d, 422 %d, 400 %d%n",
                folder.replaceFirst("^iptc/", "").replaceFirst("^iptc-validation/", "validation "), counts[0],
                counts[1], counts[2]));
        assertEquals(List.of(), unexpectedFiles, "every vendored example has an expected answer");
        assertEquals(List.of(), mismatches);
    }

    /** Posts the example; "202 kind", "422 field" or "400 pointer" (the expected one, when it is among several). */
    private String answer(Path root, String file, String version) throws IOException {
        ObjectNode item = (ObjectNode) ArticleFixtures.JSON.readTree(root.resolve(file).toFile());
        if (version != null) {
            item.put("$schema", SCHEMA.formatted(version));
        }
        String uri = item.path("uri").asText("example") + "-" + UUID.randomUUID();
        if (item.has("uri")) {
            item.put("uri", uri);
        }
        ExtractableResponse<Response> response = Credentials.asDemo().contentType(ContentType.JSON)
                .body(item.toString()).when().post("/ninjs").then().extract();
        if (response.statusCode() != 202) {
            List<String> fields = response.path("errors.field");
            String expected = EXPECTED.get(file);
            String named = fields.contains(expected.substring(expected.indexOf(' ') + 1)) ? expected.substring(4)
                    : String.join(",", fields);
            return response.statusCode() + " " + named;
        }
        ArticleSubmitted article = SubmittedEvents.article(
                SubmittedEvents.recordsFor(bootstrapServers, "demo:" + uri, 1).get(0));
        return "202 " + kind(item, article);
    }

    /** What the event carries: a photo item, a brief (its body is the item's description) or an article. */
    private static String kind(JsonNode item, ArticleSubmitted article) {
        if (PhotoItems.isPhotoItem(article) && article.body().size() == 1
                && article.body().get(0).type() == BodyBlock.Type.IMAGE && article.images().size() == 1) {
            return "photo";
        }
        long pictures = Stream.of(item.path("associations")).flatMap(array -> toList(array).stream())
                .filter(association -> List.of("picture", "graphic").contains(association.path("type").asText()))
                .count();
        if (!item.has("bodies") && !item.has("associations")) {
            String description = item.path("descriptions").path(0).path("value").asText().strip();
            return article.body().get(0).text().equals(description) ? "brief" : "brief not of its description";
        }
        return article.images().size() == pictures && !article.headline().isBlank() ? "article"
                : "article with " + article.images().size() + " of " + pictures + " pictures";
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        return elements;
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(".json"))
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .filter(path -> path.startsWith("iptc")).sorted().toList();
        }
    }

    private static Map<String, String> folders() {
        Map<String, String> folders = new LinkedHashMap<>();
        folders.put("iptc/2.1", "2.1");
        folders.put("iptc/2.1/schema-extension", "2.1");
        folders.put("iptc/2.2", null);
        folders.put("iptc/not-valid", null);
        for (String version : List.of("2.0", "2.1", "2.2")) {
            folders.put("iptc-validation/" + version + "/should_pass", version);
            folders.put("iptc-validation/" + version + "/should_fail", version);
        }
        return folders;
    }

    private static Map<String, String> expected() {
        Properties answers = new Properties();
        try (InputStream in = IptcNinjsExamplesTest.class.getResourceAsStream("/ninjs/expected-answers.properties")) {
            answers.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> expected = new TreeMap<>();
        answers.stringPropertyNames().forEach(file -> expected.put(file, answers.getProperty(file)));
        return expected;
    }
}
