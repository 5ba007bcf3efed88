package io.herald.faults;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.herald.events.EventContract;

/**
 * A newsroom under way: posts at least {@code articles} distinct articles to ingest, as bulk NDJSON and single
 * POSTs, with exact duplicates, a second revision for some, a revision pair posted out of order (2 before 1),
 * kills, and one poison record written straight to {@code articles.submitted}. A request that fails (no answer,
 * 5xx) or a bulk line that was not acknowledged is sent again, as a client honouring {@code Retry-After} would;
 * only what ingest acknowledged is recorded. Given several ingest instances, every request goes to each of them
 * (with the same Idempotency-Key), as a client retrying against another instance would.
 */
final class LoadGenerator {

    private static final int BULK_SIZE = 100;
    private static final int BULK_DUPLICATES = 10;
    /** The revision of a kill posted outside the load ({@link #kill}); the load's own revisions are 1 and 2. */
    private static final int KILL_REVISION = 9;
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<URI> ingests;
    private final String bootstrapServers;
    private final String scenario;
    private final Duration pause;
    private final Acknowledged acknowledged = new Acknowledged();

    /**
     * @param pause between two requests, so that a fault injected after a share of the load lands mid-stream
     */
    LoadGenerator(List<URI> ingests, String bootstrapServers, String scenario, Duration pause) {
        this.ingests = List.copyOf(ingests);
        this.bootstrapServers = bootstrapServers;
        this.scenario = scenario;
        this.pause = pause;
    }

    Acknowledged acknowledged() {
        return acknowledged;
    }

    /** The poison record's key, which both consumers must park in their dead-letter topics. */
    String poisonKey() {
        return scenario + "-poison";
    }

    /**
     * Sends the whole load: {@code articles} distinct articles at revision 1 (90 % in bulk requests, the rest
     * one by one), then a second revision for the first 5 % (a kill for the next 1 %), the out-of-order pair and
     * a single kill; the poison record goes out after the third bulk request.
     */
    void run(int articles) throws InterruptedException {
        int bulkArticles = articles * 9 / 10;
        List<Submission> previous = List.of();
        for (int first = 0; first < bulkArticles; first += BULK_SIZE) {
            List<Submission> batch = new ArrayList<>(revisions(first, Math.min(first + BULK_SIZE, bulkArticles), 1, false));
            batch.addAll(previous.subList(0, Math.min(BULK_DUPLICATES, previous.size())));
            postBulk(batch);
            previous = batch;
            if (first == 2 * BULK_SIZE) {
                sendPoison();
            }
            if (first == bulkArticles / 2) {
                postOne(new Submission(scenario + "-late", 2, false), null);
                postOne(new Submission(scenario + "-late", 1, false), null);
            }
        }
        for (int n = bulkArticles; n < articles; n++) {
            Submission single = new Submission(id(n), 1, false);
            String key = n % 2 == 0 ? UUID.randomUUID().toString() : null;
            postOne(single, key);
            if (n % 10 == 0) {
                postOne(single, key);
            }
        }
        postBulk(revisions(0, articles / 20, 2, false));
        postBulk(revisions(articles / 20, articles / 20 + articles / 100, 2, true));
        postOne(new Submission(scenario + "-killed", 1, false), null);
        postOne(new Submission(scenario + "-killed", 2, true), null);
    }

    /**
     * Kills one article now, outside the load: a revision above any the load posts, so that the load's own later
     * revisions of it are refused as stale.
     */
    void kill(String articleId) throws InterruptedException {
        postOne(new Submission(articleId.substring((Submission.SOURCE + ":").length()), KILL_REVISION, true), null);
    }

    private List<Submission> revisions(int from, int to, int revision, boolean killed) {
        return IntStream.range(from, to).mapToObj(n -> new Submission(id(n), revision, killed)).toList();
    }

    private String id(int n) {
        return scenario + "-" + n;
    }

    private void postBulk(List<Submission> lines) throws InterruptedException {
        for (URI ingest : ingests) {
            postBulk(ingest, lines);
        }
    }

    private void postOne(Submission submission, String idempotencyKey) throws InterruptedException {
        for (URI ingest : ingests) {
            postOne(ingest, submission, idempotencyKey);
        }
    }

    /** Posts the lines; lines that were not acknowledged are posted again, in a bulk request of their own. */
    private void postBulk(URI ingest, List<Submission> lines) throws InterruptedException {
        Instant giveUp = Instant.now().plus(GIVE_UP_AFTER);
        List<Submission> pending = lines;
        while (!pending.isEmpty()) {
            String body = pending.stream().map(Submission::json).collect(Collectors.joining("\n", "", "\n"));
            HttpResponse<String> response = send(HttpRequest.newBuilder(ingest.resolve("/articles/bulk"))
                    .header("Content-Type", "application/x-ndjson"), body, giveUp);
            List<Submission> again = new ArrayList<>();
            for (JsonNode line : read(response).path("lines")) {
                Submission sent = pending.get(line.path("line").asInt() - 1);
                if (line.hasNonNull("articleId")) {
                    acknowledged.acknowledged(line.path("articleId").asText(), line.path("revision").asInt(), sent.killed());
                } else if (line.hasNonNull("error")) {
                    again.add(sent);
                } else {
                    acknowledged.refused();
                }
            }
            pending = again;
            pauseOrRetry(!again.isEmpty());
        }
    }

    private void postOne(URI ingest, Submission submission, String idempotencyKey) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(ingest.resolve("/articles")).header("Content-Type", "application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> response = send(request, submission.json(), Instant.now().plus(GIVE_UP_AFTER));
        if (response.statusCode() == 202) {
            JsonNode receipt = read(response);
            acknowledged.acknowledged(receipt.path("articleId").asText(), receipt.path("revision").asInt(), submission.killed());
        } else {
            acknowledged.refused();
        }
        pauseOrRetry(false);
    }

    /**
     * The answer to the request, sent again while there is none or it is a 5xx; a 4xx other than 409 and 422
     * (a revision rule) is a mistake of this load and fails it.
     */
    private HttpResponse<String> send(HttpRequest.Builder request, String body, Instant giveUp) throws InterruptedException {
        HttpRequest built = request.header("Authorization", "Bearer " + FaultStack.DEMO_API_KEY)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8)).build();
        while (true) {
            String failure;
            try {
                HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(UTF_8));
                int status = response.statusCode();
                if (status < 400 || status == 409 || status == 422) {
                    return response;
                }
                if (status < 500) {
                    throw new IllegalStateException(built.uri() + " answered " + status + ": " + response.body());
                }
                failure = status + " " + response.body();
            } catch (IOException e) {
                failure = e.toString();
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException(built.uri() + " kept failing for " + GIVE_UP_AFTER.toSeconds() + " s: " + failure);
            }
            Thread.sleep(RETRY_PAUSE.toMillis());
        }
    }

    private void pauseOrRetry(boolean retry) throws InterruptedException {
        Thread.sleep(retry ? RETRY_PAUSE.toMillis() : pause.toMillis());
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + response.body(), e);
        }
    }

    /** A record no consumer can apply: not JSON, but with a key and CloudEvents headers like a real event. */
    private void sendPoison() {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> poison = new ProducerRecord<>(EventContract.ARTICLES_SUBMITTED, poisonKey(),
                    "{\"articleId\": \"poison\", \"revision\": \"not a number\"".getBytes(UTF_8));
            poison.headers()
                    .add(EventContract.CE_SPECVERSION, EventContract.SPEC_VERSION.getBytes(UTF_8))
                    .add(EventContract.CE_ID, UUID.randomUUID().toString().getBytes(UTF_8))
                    .add(EventContract.CE_TYPE, EventContract.TYPE_ARTICLE_SUBMITTED.getBytes(UTF_8))
                    .add(EventContract.CE_SOURCE, "/faults".getBytes(UTF_8))
                    .add(EventContract.CONTENT_TYPE, EventContract.JSON.getBytes(UTF_8));
            producer.send(poison).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending the poison record", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the poison record was not acknowledged: " + e.getCause(), e);
        }
    }
}
