package io.herald.faults;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.herald.events.EventContract;

/**
 * Compares what ingest acknowledged with the catalog's database, render's database and {@code articles.rendered},
 * and waits until they agree.
 */
final class PipelineCheck {

    /**
     * One event on articles.rendered, in topic order.
     *
     * @param status           published, embargoed or unpublished
     * @param wechatTitle      the WeChat article's title; absent unless published
     * @param contentSourceUrl the WeChat article's link to the web page, which names its draft; absent unless published
     */
    record RenderedEvent(String eventId, int revision, String status, String wechatTitle, String contentSourceUrl) {

        boolean published() {
            return "published".equals(status);
        }

        boolean unpublished() {
            return "unpublished".equals(status);
        }
    }

    /** An article's current row: its revision and whether it is killed. */
    private record Row(int revision, boolean killed) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofSeconds(2);

    private final FaultStack stack;

    PipelineCheck(FaultStack stack) {
        this.stack = stack;
    }

    /**
     * Measures until nothing acknowledged is missing or stale, or {@code timeout} passed, and returns the last
     * figures, recovery counted from {@code faultEnded}.
     */
    Figures awaitComplete(String scenario, Acknowledged acknowledged, Instant faultEnded, Duration timeout) {
        AtomicReference<Figures> last = new AtomicReference<>();
        try {
            Awaitility.await(scenario + ": nothing acknowledged missing or stale").atMost(timeout).pollInterval(POLL)
                    .ignoreExceptionsInstanceOf(SQLException.class)
                    .until(() -> {
                        last.set(measure(scenario, acknowledged));
                        return last.get().complete();
                    });
        } catch (ConditionTimeoutException e) {
            if (last.get() == null) {
                throw new IllegalStateException("the databases could not be read within " + timeout.toSeconds() + " s", e);
            }
        }
        return last.get().recoveredIn(Duration.between(faultEnded, Instant.now()).toMillis() / 1000.0);
    }

    Figures measure(String scenario, Acknowledged acknowledged) throws SQLException {
        Map<String, Acknowledged.Revision> expected = acknowledged.snapshot();
        int duplicates;
        Map<String, Row> catalog;
        Map<String, Row> renditions;
        try (Connection connection = stack.database().connect("catalog")) {
            catalog = rows(connection, "select article_id, revision, pub_status from article");
            duplicates = count(connection, "select count(*) - count(distinct article_id) from article")
                    + count(connection, "select count(*) - count(distinct (article_id, revision)) from article_revision");
        }
        try (Connection connection = stack.database().connect("render")) {
            renditions = rows(connection, "select article_id, revision, pub_status from rendition");
            duplicates += count(connection, "select count(*) - count(distinct article_id) from rendition");
        }
        Map<String, List<RenderedEvent>> rendered = rendered();
        int disordered = 0;
        for (List<RenderedEvent> events : rendered.values()) {
            Map<Integer, Set<String>> eventsPerRevision = new HashMap<>();
            events.forEach(event -> eventsPerRevision.computeIfAbsent(event.revision(), r -> new HashSet<>()).add(event.eventId()));
            duplicates += eventsPerRevision.values().stream().mapToInt(ids -> ids.size() - 1).sum();
            if (!inRevisionOrder(events)) {
                disordered++;
            }
        }
        int inCatalog = 0;
        int inRender = 0;
        int missing = 0;
        int stale = 0;
        for (Map.Entry<String, Acknowledged.Revision> entry : expected.entrySet()) {
            Acknowledged.Revision want = entry.getValue();
            Row catalogRow = catalog.get(entry.getKey());
            Row rendition = renditions.get(entry.getKey());
            List<RenderedEvent> events = rendered.getOrDefault(entry.getKey(), List.of());
            boolean catalogRight = catalogRow != null && catalogRow.revision() == want.revision() && catalogRow.killed() == want.killed();
            RenderedEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
            boolean renderRight = rendition != null && rendition.revision() == want.revision() && rendition.killed() == want.killed()
                    && last != null && last.revision() == want.revision() && last.unpublished() == want.killed();
            inCatalog += catalogRight ? 1 : 0;
            inRender += renderRight ? 1 : 0;
            if (catalogRow == null || rendition == null || last == null) {
                missing++;
            } else if (!catalogRight || !renderRight) {
                stale++;
            }
        }
        return new Figures(scenario, expected.size(), inCatalog, inRender, missing, duplicates, stale, disordered, 0);
    }

    /** Each article's distinct events on articles.rendered in topic order: a redelivered event id counts once. */
    Map<String, List<RenderedEvent>> rendered() {
        Map<String, List<RenderedEvent>> events = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : TopicReader.readAll(stack.kafka().bootstrapServers(), EventContract.ARTICLES_RENDERED)) {
            String eventId = header(record, EventContract.CE_ID);
            if (!seen.add(eventId)) {
                continue;
            }
            JsonNode event = json(record.value());
            JsonNode wechat = event.path("wechat");
            events.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(new RenderedEvent(eventId,
                    event.path("revision").asInt(), event.path("status").asText(), wechat.path("title").textValue(),
                    wechat.path("content_source_url").textValue()));
        }
        return events;
    }

    /** Records on articles.rendered beyond one per article revision, redeliveries of one event included. */
    int repeatedRenderedRecords() {
        Map<String, Integer> records = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : TopicReader.readAll(stack.kafka().bootstrapServers(), EventContract.ARTICLES_RENDERED)) {
            records.merge(record.key() + "#" + json(record.value()).path("revision").asInt(), 1, Integer::sum);
        }
        return records.values().stream().mapToInt(count -> count - 1).sum();
    }

    /** Whether a record with {@code key} was parked on the dead-letter {@code topic}. */
    boolean parked(String topic, String key) {
        return TopicReader.readAll(stack.kafka().bootstrapServers(), topic).stream().anyMatch(record -> key.equals(record.key()));
    }

    private static boolean inRevisionOrder(List<RenderedEvent> events) {
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).revision() < events.get(i - 1).revision()) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Row> rows(Connection connection, String query) throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                rows.put(result.getString(1), new Row(result.getInt(2), "CANCELED".equalsIgnoreCase(result.getString(3))));
            }
        }
        return rows;
    }

    private static int count(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    private static JsonNode json(byte[] value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new IllegalStateException("articles.rendered holds a record that is not JSON", e);
        }
    }
}
