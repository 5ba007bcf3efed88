package io.herald.events;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * The CloudEvents 1.0 attributes of one Herald event, as they travel in Kafka headers (binary mode).
 *
 * @param id      unique per event; consumers use it to drop duplicates
 * @param type    e.g. {@link EventContract#TYPE_ARTICLE_SUBMITTED}
 * @param source  e.g. {@code /ingest/demo}
 * @param subject the article id
 * @param time    when the event was created
 */
public record CloudEvent(String id, String type, String source, String subject, Instant time) {

    /** The headers to put on the Kafka record, the JSON content type included. */
    public List<Header> toHeaders() {
        List<Header> headers = new ArrayList<>(7);
        add(headers, EventContract.CE_SPECVERSION, EventContract.SPEC_VERSION);
        add(headers, EventContract.CE_ID, id);
        add(headers, EventContract.CE_TYPE, type);
        add(headers, EventContract.CE_SOURCE, source);
        add(headers, EventContract.CE_SUBJECT, subject);
        add(headers, EventContract.CE_TIME, time.toString());
        add(headers, EventContract.CONTENT_TYPE, EventContract.JSON);
        return headers;
    }

    /**
     * Reads the attributes back from a record's headers.
     *
     * @throws InvalidEventException if {@code ce_id} or {@code ce_type} is missing or a value is malformed
     */
    public static CloudEvent from(Headers headers) {
        String id = required(headers, EventContract.CE_ID);
        String type = required(headers, EventContract.CE_TYPE);
        String time = last(headers, EventContract.CE_TIME);
        try {
            return new CloudEvent(id, type, last(headers, EventContract.CE_SOURCE),
                    last(headers, EventContract.CE_SUBJECT), time == null ? null : Instant.parse(time));
        } catch (DateTimeParseException e) {
            throw new InvalidEventException("header " + EventContract.CE_TIME + " is not an RFC 3339 time: " + time, e);
        }
    }

    private static void add(List<Header> headers, String key, String value) {
        if (value != null) {
            headers.add(new RecordHeader(key, value.getBytes(UTF_8)));
        }
    }

    private static String required(Headers headers, String key) {
        String value = last(headers, key);
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("header " + key + " is missing");
        }
        return value;
    }

    private static String last(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
    }
}
