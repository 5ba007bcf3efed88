package io.herald.console.deadletters;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.jboss.logging.Logger;

import io.herald.console.ConsoleConfig;
import io.herald.console.kafka.KafkaClients;
import io.herald.console.kafka.RecordText;
import io.herald.events.Failures;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Re-drives a letter by writing its original key, value and headers back to the topic its consumer reads (the
 * consumers apply an event once, by its id, so a letter applied meanwhile changes nothing). The re-drive is recorded
 * before it is sent and settled once Kafka acknowledged it or refused it.
 */
@ApplicationScoped
class ProducedRedrives {

    private static final Logger LOG = Logger.getLogger(ProducedRedrives.class);

    private final KafkaClients clients;
    private final RedriveRepository repository;
    private final ConsoleConfig config;

    ProducedRedrives(KafkaClients clients, RedriveRepository repository, ConsoleConfig config) {
        this.clients = clients;
        this.repository = repository;
        this.config = config;
    }

    /** Writes {@code letter} of {@code consumer} back to its topic; the re-drive says whether Kafka took it. */
    Redrive redrive(String name, ConsoleConfig.Consumer consumer, ConsumerRecord<byte[], byte[]> letter,
            String operator) {
        Redrive redrive = Redrive.of(name, letter.topic(), letter.partition(), letter.offset(),
                DeadLetterTopics.eventId(letter), RecordText.text(letter.key()), operator);
        QuarkusTransaction.requiringNew().run(() -> repository.persist(redrive));
        ProducerRecord<byte[], byte[]> back = new ProducerRecord<>(consumer.topic(), null, letter.key(),
                letter.value(), originalHeaders(letter));
        try {
            RecordMetadata sent = clients.producer().send(back)
                    .get(config.kafka().timeout().toMillis(), TimeUnit.MILLISECONDS);
            redrive.targetTopic = sent.topic();
            redrive.targetPartition = sent.partition();
            redrive.targetOffset = sent.offset();
            redrive.settle(RedriveOutcome.SENT, "written back to " + sent.topic() + " " + sent.partition() + "/"
                    + sent.offset() + "; waiting for group " + consumer.group());
            LOG.infof("operator %s re-drove dead letter %s (event %s) to %s %d/%d", operator, redrive.letter(),
                    redrive.eventId, sent.topic(), sent.partition(), sent.offset());
        } catch (ExecutionException e) {
            failed(redrive, Failures.reason(e.getCause()));
        } catch (TimeoutException e) {
            failed(redrive, "Kafka did not acknowledge it within " + config.kafka().timeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(redrive, "interrupted while waiting for Kafka");
        }
        QuarkusTransaction.requiringNew().run(() -> repository.getEntityManager().merge(redrive));
        return redrive;
    }

    private static void failed(Redrive redrive, String reason) {
        redrive.settle(RedriveOutcome.SEND_FAILED, reason);
        LOG.warnf("Dead letter %s was not written back: %s", redrive.letter(), reason);
    }

    /**
     * The letter's headers without those the consumer added when it parked it (and an earlier re-drive's), plus the
     * letter it comes from.
     */
    private static List<Header> originalHeaders(ConsumerRecord<byte[], byte[]> letter) {
        List<Header> headers = new ArrayList<>();
        for (Header header : letter.headers()) {
            if (!header.key().startsWith(DeadLetterHeaders.PREFIX)
                    && !header.key().equals(DeadLetterHeaders.REDRIVEN_FROM)) {
                headers.add(header);
            }
        }
        headers.add(new RecordHeader(DeadLetterHeaders.REDRIVEN_FROM,
                (letter.topic() + "/" + letter.partition() + "/" + letter.offset()).getBytes(UTF_8)));
        return headers;
    }
}
