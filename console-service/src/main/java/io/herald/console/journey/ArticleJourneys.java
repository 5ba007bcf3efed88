package io.herald.console.journey;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.herald.console.ConsoleConfig;
import io.herald.console.deadletters.DeadLetterHeaders;
import io.herald.console.kafka.KeyedRecords;
import io.herald.console.kafka.RecordText;
import io.herald.console.kafka.TopicOffsets;
import io.herald.console.services.CatalogApi;
import io.herald.console.services.RenderApi;
import io.herald.console.services.ServiceAnswer;
import io.herald.console.services.ServiceRefusedException;
import io.herald.console.services.ServiceUnavailableException;
import io.herald.console.services.WechatApi;
import io.herald.events.EventContract;

/**
 * Puts an article's journey together from Kafka itself (its records on articles.submitted and articles.rendered, the
 * consumer groups' committed offsets, the letters parked for it) and from what the catalog, render and wechat-service
 * answer about it. A service that does not answer leaves a note, not an error.
 */
@ApplicationScoped
public class ArticleJourneys {

    private final ConsoleConfig config;
    private final KeyedRecords keyed;
    private final TopicOffsets offsets;
    private final CatalogApi catalog;
    private final RenderApi render;
    private final WechatApi wechat;
    private final ObjectMapper json;

    ArticleJourneys(ConsoleConfig config, KeyedRecords keyed, TopicOffsets offsets, CatalogApi catalog,
            RenderApi render, WechatApi wechat, ObjectMapper json) {
        this.config = config;
        this.keyed = keyed;
        this.offsets = offsets;
        this.catalog = catalog;
        this.render = render;
        this.wechat = wechat;
        this.json = json;
    }

    /** The catalog's articles matching {@code words}, best first. */
    public List<CatalogApi.Hit> search(String words, int limit) {
        return catalog.search(words, limit).hits();
    }

    /** The article's journey; empty when neither the catalog nor articles.submitted knows it. */
    public Optional<Journey> of(String articleId) {
        List<String> notes = new ArrayList<>();
        List<CatalogApi.Revision> recorded = ask("catalog-service", notes,
                () -> catalog.revisions(articleId).map(CatalogApi.Revisions::revisions).orElse(List.of()), List.of());
        Set<String> recordedIds = recorded.stream().map(CatalogApi.Revision::eventId).collect(Collectors.toSet());
        KeyedRecords.Found submitted = keyed.find(config.topics().submitted(), articleId,
                found -> !recordedIds.isEmpty() && found.stream().map(this::eventId).collect(Collectors.toSet())
                        .containsAll(recordedIds));
        if (recorded.isEmpty() && submitted.records().isEmpty()) {
            return Optional.empty();
        }
        noteIncomplete(submitted, config.topics().submitted(), notes);
        Set<Integer> revisionNumbers = recorded.stream().map(CatalogApi.Revision::revision).collect(Collectors.toSet());
        KeyedRecords.Found rendered = keyed.find(config.topics().rendered(), articleId,
                found -> !revisionNumbers.isEmpty() && found.stream().map(record -> revisionOf(record.value()))
                        .collect(Collectors.toSet()).containsAll(revisionNumbers));
        noteIncomplete(rendered, config.topics().rendered(), notes);

        String headline = null;
        String catalogSays;
        try {
            ServiceAnswer<CatalogApi.Article> article = catalog.article(articleId);
            headline = article.ok() ? article.body().headline() : null;
            catalogSays = article.ok() ? "visible: revision " + article.body().revision() + " is current"
                    : article.describe();
        } catch (ServiceUnavailableException e) {
            catalogSays = e.getMessage();
        }
        RenderApi.WechatDraft draft = null;
        String renderSays = null;
        try {
            ServiceAnswer<RenderApi.WechatDraft> answer = render.wechatDraft(articleId);
            draft = answer.ok() ? answer.body() : null;
            renderSays = answer.ok() ? null : answer.describe();
        } catch (ServiceUnavailableException e) {
            renderSays = e.getMessage();
        }
        String wechatNote = null;
        List<WechatApi.AccountDelivery> accounts = List.of();
        try {
            Optional<WechatApi.ArticleChannel> channel = wechat.article(articleId);
            accounts = channel.map(WechatApi.ArticleChannel::accounts).orElse(List.of());
            wechatNote = channel.isEmpty() ? "wechat-service has not heard of the article" : null;
        } catch (ServiceUnavailableException | ServiceRefusedException e) {
            wechatNote = e.getMessage();
        }
        List<Journey.ParkedLetter> letters = parked(articleId, notes);
        List<RevisionJourney> revisions = revisions(recorded, submitted, rendered, accounts, letters);
        return Optional.of(new Journey(articleId, headline, catalogSays, revisions, draft, renderSays, accounts,
                wechatNote, letters, notes));
    }

    private List<RevisionJourney> revisions(List<CatalogApi.Revision> recorded, KeyedRecords.Found submitted,
            KeyedRecords.Found rendered, List<WechatApi.AccountDelivery> accounts,
            List<Journey.ParkedLetter> letters) {
        Map<String, ConsumerRecord<byte[], byte[]>> byEvent = new LinkedHashMap<>();
        submitted.records().forEach(record -> byEvent.put(eventId(record), record));
        Map<Integer, List<ConsumerRecord<byte[], byte[]>>> announced = rendered.records().stream()
                .collect(Collectors.groupingBy(record -> revisionOf(record.value())));
        Map<String, Long> submittedProgress = progress(config.topics().submitted(), submitted.partition());
        Map<String, Long> renderedProgress = progress(config.topics().rendered(), rendered.partition());

        Map<String, CatalogApi.Revision> catalogRevisions = recorded.stream()
                .collect(Collectors.toMap(CatalogApi.Revision::eventId, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        List<String> eventIds = new ArrayList<>(catalogRevisions.keySet());
        byEvent.keySet().stream().filter(id -> !catalogRevisions.containsKey(id)).forEach(eventIds::add);
        List<RevisionJourney> journeys = new ArrayList<>();
        for (String eventId : eventIds) {
            CatalogApi.Revision revision = catalogRevisions.get(eventId);
            ConsumerRecord<byte[], byte[]> record = byEvent.get(eventId);
            int number = revision != null ? revision.revision() : revisionOf(record.value());
            List<String> steps = new ArrayList<>();
            submittedProgress.forEach((consumer, committed) -> steps.add(step(consumer, record, committed, eventId,
                    letters)));
            journeys.add(new RevisionJourney(number, eventId, revision == null ? null : revision.pubStatus(),
                    revision == null ? null : revision.versionCreated(),
                    record == null ? null : Instant.ofEpochMilli(record.timestamp()),
                    record == null ? null : RecordText.header(record.headers(), EventContract.CE_TIME),
                    record == null ? null : record.partition() + "/" + record.offset(),
                    revision == null ? null : revision.recordedAt(), steps,
                    rendered(announced.getOrDefault(number, List.of()), renderedProgress),
                    accounts.stream().filter(account -> account.revision() == number)
                            .map(account -> account.account() + ": " + account.state()).toList()));
        }
        journeys.sort(Comparator.comparingInt(RevisionJourney::revision));
        return journeys;
    }

    /** What {@code consumer} did with the record: processed, parked, or not yet. */
    private static String step(String consumer, ConsumerRecord<byte[], byte[]> record, Long committed,
            String eventId, List<Journey.ParkedLetter> letters) {
        boolean parked = letters.stream().anyMatch(letter -> letter.consumer().equals(consumer)
                && eventId.equals(letter.eventId()));
        if (parked) {
            return consumer + ": dead-lettered";
        }
        if (record == null) {
            return consumer + ": record not found";
        }
        if (committed != null && committed > record.offset()) {
            return consumer + ": processed";
        }
        long before = committed == null ? -1 : record.offset() - committed;
        return consumer + ": not yet (" + (committed == null ? "nothing committed"
                : before == 0 ? "it is next" : before + " records before it") + ")";
    }

    private RevisionJourney.Rendered rendered(List<ConsumerRecord<byte[], byte[]>> records,
            Map<String, Long> progress) {
        if (records.isEmpty()) {
            return null;
        }
        ConsumerRecord<byte[], byte[]> last = records.get(records.size() - 1);
        JsonNode event = read(last.value());
        String renderedAt = event.path("renderedAt").asText(null);
        String taken = progress.entrySet().stream()
                .map(entry -> entry.getKey() + (entry.getValue() != null && entry.getValue() > last.offset()
                        ? ": taken" : ": not yet"))
                .collect(Collectors.joining(", "));
        return new RevisionJourney.Rendered(Instant.ofEpochMilli(last.timestamp()),
                renderedAt == null ? null : Instant.parse(renderedAt), event.path("status").asText(null),
                last.partition() + "/" + last.offset(), records.size(), taken);
    }

    /** Each consumer of {@code topic} with its committed offset in {@code partition} (null: never committed). */
    private Map<String, Long> progress(String topic, Integer partition) {
        Map<String, Long> progress = new LinkedHashMap<>();
        if (partition == null) {
            return progress;
        }
        TopicPartition topicPartition = new TopicPartition(topic, partition);
        config.consumersByName().forEach((name, consumer) -> {
            if (consumer.topic().equals(topic)) {
                progress.put(name, offsets.committed(consumer.group(), List.of(topicPartition)).get(topicPartition));
            }
        });
        return progress;
    }

    private List<Journey.ParkedLetter> parked(String articleId, List<String> notes) {
        List<Journey.ParkedLetter> letters = new ArrayList<>();
        config.consumersByName().forEach((name, consumer) -> {
            KeyedRecords.Found found = keyed.find(consumer.deadLetterTopic(), articleId, records -> false);
            noteIncomplete(found, consumer.deadLetterTopic(), notes);
            found.records().forEach(record -> letters.add(new Journey.ParkedLetter(name, record.topic(),
                    record.partition() + "/" + record.offset(), eventId(record),
                    RecordText.header(record.headers(), DeadLetterHeaders.REASON))));
        });
        return letters;
    }

    private static void noteIncomplete(KeyedRecords.Found found, String topic, List<String> notes) {
        if (!found.complete()) {
            notes.add("only the newest " + found.scanned() + " records of " + topic + " partition " + found.partition()
                    + " were looked at (herald.console.kafka.journey-scan-limit); older ones are not shown");
        }
    }

    private String eventId(ConsumerRecord<byte[], byte[]> record) {
        return RecordText.header(record.headers(), EventContract.CE_ID);
    }

    /** The {@code revision} of an event's JSON, or 0 when it has none (a record that breaks the contract). */
    private int revisionOf(byte[] value) {
        return read(value).path("revision").asInt(0);
    }

    private JsonNode read(byte[] value) {
        try {
            return value == null ? json.missingNode() : json.readTree(value);
        } catch (IOException e) {
            return json.missingNode();
        }
    }

    private static <T> T ask(String service, List<String> notes, Supplier<T> call, T otherwise) {
        try {
            return call.get();
        } catch (ServiceUnavailableException | ServiceRefusedException e) {
            notes.add(service + ": " + e.getMessage());
            return otherwise;
        }
    }
}
