package io.herald.ingest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.ingest.ArticleFixtures;
import io.herald.ingest.Credentials;
import io.herald.service.problem.Problem;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Throws thousands of mutated bodies (seeded, so a failure replays) at each intake and accepts only 2xx or
 * 4xx answers, every 4xx a problem+json. An endpoint is one line in {@link #endpoints()}.
 */
@QuarkusTest
@RealBrokerAndDatabase
class IntakeFuzzTest {

    private static final int REQUESTS_PER_ENDPOINT = 2000;
    private static final long SEED = 20260406L;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "text/plain", "application/x-ndjson", "text/markdown", "application/xml", "multipart/form-data",
            "application/octet-stream", "application/problem+json", "*/*", "json", "");

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newHttpClient();

    /** An intake: where, how its valid body is sent, and how a request authenticates. */
    record Endpoint(String path, String contentType, byte[] validBody, Function<byte[], Map<String, String>> credentials) {

        @Override
        public String toString() {
            return "POST " + path;
        }
    }

    static Stream<Endpoint> endpoints() throws IOException {
        byte[] article = ArticleFixtures.seedArticle().toString().getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                new Endpoint("/articles", "application/json", article, IntakeFuzzTest::bearer),
                new Endpoint("/articles/bulk", "application/x-ndjson", ndjson(article, 3), IntakeFuzzTest::bearer),
                // Not the reference page: IssueSubmissionTest counts that page's events on the shared broker.
                new Endpoint("/issues", "text/plain", resource("/issues/renmin-style-2026-03-05-p01.txt"),
                        IntakeFuzzTest::bearer),
                new Endpoint("/ninjs", "application/json", resource("/ninjs/zgc-forum.json"), IntakeFuzzTest::bearer),
                new Endpoint("/superdesk/items", "application/json", resource("/superdesk/item.json"),
                        body -> Map.of("x-superdesk-signature", Credentials.superdeskSignature(body))));
    }

    private static byte[] ndjson(byte[] line, int lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines; i++) {
            out.writeBytes(line);
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = IntakeFuzzTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void mutatedBodiesAreAnsweredWith2xxOr4xxProblemsOnly(Endpoint endpoint) throws Exception {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS_PER_ENDPOINT && failures.size() < 10; i++) {
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            byte[] body = mutation.apply(endpoint.validBody(), random);
            String contentType = mutation == Mutation.CONTENT_TYPE
                    ? CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()))
                    : endpoint.contentType();
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(endpoint.path()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (!contentType.isEmpty()) {
                request.header("Content-Type", contentType);
            }
            endpoint.credentials().apply(body).forEach(request::header);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            boolean fine = response.statusCode() < 300
                    || response.statusCode() < 500 && type.startsWith(Problem.MEDIA_TYPE);
            if (!fine) {
                failures.add("#" + i + " " + mutation + " (" + contentType + ") -> " + response.statusCode() + " "
                        + type + " " + abbreviate(response.body()));
            }
        }
        assertEquals(List.of(), failures, "seed " + SEED);
    }

    private static Map<String, String> bearer(byte[] body) {
        return Map.of("Authorization", "Bearer " + Credentials.DEMO_API_KEY);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** Ways to break a valid body; the JSON ones fall back to flipping bytes when the body is not JSON. */
    enum Mutation {
        TRUNCATE {
            @Override
            byte[] apply(byte[] body, Random random) {
                return java.util.Arrays.copyOf(body, random.nextInt(body.length + 1));
            }
        },
        FLIP_BYTES {
            @Override
            byte[] apply(byte[] body, Random random) {
                byte[] flipped = body.clone();
                for (int n = 1 + random.nextInt(8); n > 0 && flipped.length > 0; n--) {
                    flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
                }
                return flipped;
            }
        },
        INVALID_UTF8 {
            @Override
            byte[] apply(byte[] body, Random random) {
                int at = random.nextInt(body.length + 1);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(body, 0, at);
                out.writeBytes(random.nextBoolean() ? new byte[] {(byte) 0xC3, 0x28} : new byte[] {(byte) 0xFF, (byte) 0xFE});
                out.write(body, at, body.length - at);
                return out.toByteArray();
            }
        },
        DELETE_FIELD {
            @Override
            JsonNode mutate(JsonNode tree, Random random) {
                ObjectNode object = randomObject(tree, random);
                object.remove(randomFieldName(object, random));
                return tree;
            }
        },
        DUPLICATE_FIELD {
            @Override
            byte[] apply(byte[] body, Random random) {
                String text = new String(body, StandardCharsets.UTF_8);
                int brace = text.indexOf('{');
                return brace < 0 ? FLIP_BYTES.apply(body, random)
                        : (text.substring(0, brace + 1) + "\"headline\": 1, \"source\": \"demo\", " + text.substring(brace + 1))
                                .getBytes(StandardCharsets.UTF_8);
            }
        },
        SWAP_TYPE {
            @Override
            JsonNode mutate(JsonNode tree, Random random) {
                ObjectNode object = randomObject(tree, random);
                object.set(randomFieldName(object, random), randomValue(random));
                return tree;
            }
        },
        HUGE_STRING {
            @Override
            JsonNode mutate(JsonNode tree, Random random) {
                ObjectNode object = randomObject(tree, random);
                object.put(randomFieldName(object, random), "长".repeat(1 + random.nextInt(200_000)));
                return tree;
            }
        },
        DEEP_NESTING {
            @Override
            JsonNode mutate(JsonNode tree, Random random) {
                JsonNode nested = NODES.textNode("bottom");
                for (int depth = 100 + random.nextInt(3000); depth > 0; depth--) {
                    nested = random.nextBoolean() ? NODES.arrayNode().add(nested) : NODES.objectNode().set("n", nested);
                }
                ObjectNode object = randomObject(tree, random);
                object.set(randomFieldName(object, random), nested);
                return tree;
            }
        },
        RANDOM_BYTES {
            @Override
            byte[] apply(byte[] body, Random random) {
                byte[] noise = new byte[random.nextInt(512)];
                random.nextBytes(noise);
                return noise;
            }
        },
        CONTENT_TYPE {
            @Override
            byte[] apply(byte[] body, Random random) {
                return body;
            }
        };

        byte[] apply(byte[] body, Random random) {
            try {
                JsonNode tree = ArticleFixtures.JSON.readTree(body);
                return tree == null ? FLIP_BYTES.apply(body, random)
                        : ArticleFixtures.JSON.writeValueAsBytes(mutate(tree, random));
            } catch (JsonProcessingException e) {
                return FLIP_BYTES.apply(body, random);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        JsonNode mutate(JsonNode tree, Random random) {
            return tree;
        }

        /** The root object or one nested in it, picked at random. */
        static ObjectNode randomObject(JsonNode tree, Random random) {
            List<ObjectNode> objects = new ArrayList<>();
            collectObjects(tree, objects);
            return objects.isEmpty() ? NODES.objectNode() : objects.get(random.nextInt(objects.size()));
        }

        private static void collectObjects(JsonNode node, List<ObjectNode> objects) {
            if (node instanceof ObjectNode object) {
                objects.add(object);
            }
            node.elements().forEachRemaining(child -> collectObjects(child, objects));
        }

        /** One of the object's field names, or a new one when it has none. */
        static String randomFieldName(ObjectNode object, Random random) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            return names.isEmpty() ? "x" : names.get(random.nextInt(names.size()));
        }

        static JsonNode randomValue(Random random) {
            return switch (random.nextInt(7)) {
                case 0 -> NODES.nullNode();
                case 1 -> NODES.numberNode(random.nextLong());
                case 2 -> NODES.numberNode(random.nextDouble() * 1e300);
                case 3 -> NODES.booleanNode(random.nextBoolean());
                case 4 -> NODES.arrayNode().add(random.nextInt()).add("x");
                case 5 -> NODES.objectNode().put("k", "v");
                default -> NODES.textNode("2026-13-45T99:99:99Z");
            };
        }
    }
}
