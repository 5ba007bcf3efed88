package io.herald.catalog.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.herald.catalog.testing.ArticlesTopic;
import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.testing.ReferencePage;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Thousands of random and mutated searches (seeded, so a failure repeats): every answer is a 200 with results or a
 * 400 problem naming a parameter, never a 500.
 */
@QuarkusTest
@RealBrokerAndDatabase
class SearchFuzzTest {

    private static final int QUERIES = 2500;
    private static final long SEED = 20260406L;
    private static final String[] WORDS = { "芯片", "盾构机", "姚雯", "张伟", "中关村", "论坛", "创新", "科技", "成果", "奋楫号",
            "新华社", "AI", "6G", "FlagOS2.0", "running", "的", "了" };
    private static final String[] SYNTAX = { "\"", "-", "&", "|", "!", ":", "*", "(", ")", "<->", "<2>", "'", "''", "\\",
            ";", "--", "/*", "%", "_", ":*", ":A", "\u0000", "\u0001", "\u001f", "\u007f", "\ud800", "\udfff", "\ufeff",
            "\u200b", "\u3000", " ", "\t", "\n", "😀", "“", "”", "。", "，", "<mark>", "&amp;", "<script>" };
    private static final String[] PARAMETERS = { "section", "page", "author", "publication", "from", "to", "sort",
            "limit", "cursor" };

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @TestHTTPResource("/articles")
    URI articles;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void randomAndMutatedSearchesAnswerWithResultsOrAProblem() throws IOException, InterruptedException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        try (ArticlesTopic topic = new ArticlesTopic(bootstrapServers)) {
            for (String item : List.of(ReferencePage.SYMPOSIUM, ReferencePage.PHOTO, ReferencePage.FORUM)) {
                topic.submit(ReferencePage.item(item, tag));
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("publication", ReferencePage.publication(tag))
                .get("/articles").jsonPath().getInt("total") == 3);
        String realCursor = given().queryParam("q", "创新").queryParam("limit", 1).get("/articles").jsonPath()
                .getString("nextCursor");
        assertNotNull(realCursor);

        Random random = new Random(SEED);
        int answered = 0;
        int found = 0;
        for (int i = 0; i < QUERIES; i++) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("q", query(random));
            if (random.nextInt(3) == 0) {
                String name = PARAMETERS[random.nextInt(PARAMETERS.length)];
                parameters.put(name, "cursor".equals(name) ? mutate(random, realCursor) : value(random, name));
            }
            HttpResponse<String> response = get(parameters, random.nextInt(10) == 0);
            int status = response.statusCode();
            assertTrue(status == 200 || status == 400, () -> status + " for " + parameters + ": " + response.body());
            JsonNode body = JSON.readTree(response.body());
            if (status == 400) {
                assertEquals(Optional.of("application/problem+json"), response.headers().firstValue("Content-Type"),
                        parameters::toString);
                assertTrue(body.path("errors").path(0).path("field").isTextual(), parameters::toString);
            } else {
                assertTrue(body.path("total").isNumber(), parameters::toString);
                found += body.path("total").asLong() > 0 ? 1 : 0;
            }
            answered++;
        }
        assertEquals(QUERIES, answered);
        assertTrue(found > 0, "some fuzzed queries still find articles");
    }

    /** Words, syntax and random chars, often a real word, sometimes long. */
    private static String query(Random random) {
        StringBuilder q = new StringBuilder();
        int parts = 1 + random.nextInt(random.nextInt(10) == 0 ? 80 : 6);
        for (int p = 0; p < parts; p++) {
            switch (random.nextInt(4)) {
                case 0, 1 -> q.append(WORDS[random.nextInt(WORDS.length)]);
                case 2 -> q.append(SYNTAX[random.nextInt(SYNTAX.length)]);
                default -> q.append((char) random.nextInt(0x10000));
            }
            if (random.nextBoolean()) {
                q.append(' ');
            }
        }
        return q.toString();
    }

    private static String value(Random random, String name) {
        return switch (random.nextInt(4)) {
            case 0 -> switch (name) {
                case "from", "to" -> "2026-04-0" + random.nextInt(10);
                case "limit" -> String.valueOf(random.nextInt(200) - 50);
                case "sort" -> random.nextBoolean() ? "relevance" : "date";
                case "page" -> String.valueOf(random.nextInt(100));
                default -> WORDS[random.nextInt(WORDS.length)];
            };
            case 1 -> SYNTAX[random.nextInt(SYNTAX.length)];
            case 2 -> "";
            default -> query(random);
        };
    }

    /** {@code cursor} with a few chars replaced, inserted or removed, or cut short. */
    private static String mutate(Random random, String cursor) {
        StringBuilder mutated = new StringBuilder(cursor);
        int changes = 1 + random.nextInt(3);
        for (int c = 0; c < changes && !mutated.isEmpty(); c++) {
            int at = random.nextInt(mutated.length());
            switch (random.nextInt(4)) {
                case 0 -> mutated.setCharAt(at, (char) ('A' + random.nextInt(58)));
                case 1 -> mutated.insert(at, SYNTAX[random.nextInt(SYNTAX.length)]);
                case 2 -> mutated.deleteCharAt(at);
                default -> mutated.setLength(at);
            }
        }
        return mutated.toString();
    }

    /** Sends {@code parameters} encoded as UTF-8, or with raw percent-escapes of arbitrary bytes. */
    private HttpResponse<String> get(Map<String, String> parameters, boolean rawBytes)
            throws IOException, InterruptedException {
        List<String> pairs = new ArrayList<>();
        parameters.forEach((name, value) -> pairs.add(name + "=" + (rawBytes ? rawEscapes(value)
                : URLEncoder.encode(value, StandardCharsets.UTF_8))));
        URI uri = URI.create(articles + "?" + String.join("&", pairs));
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every UTF-16 unit of {@code value} as percent-escaped bytes, not all of them valid UTF-8. */
    private static String rawEscapes(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c > 0xff) {
                escaped.append(String.format("%%%02X", c >> 8));
            }
            escaped.append(String.format("%%%02X", c & 0xff));
        }
        return escaped.toString();
    }
}
