package io.herald.console.deadletters;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One re-drive of one dead letter, as the console made and followed it. */
@Entity
@Table(name = "redrive")
public class Redrive {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** The consumer's name in the console's configuration. */
    public String consumer;
    public String deadLetterTopic;
    public int deadLetterPartition;
    public long deadLetterOffset;
    /** The letter's {@code ce_id}, when it has one. */
    public String eventId;
    /** The letter's key as text (the article id). */
    public String recordKey;
    /** The name of the operator key that asked for it. */
    public String operator;
    public Instant requestedAt;
    public String targetTopic;
    public Integer targetPartition;
    public Long targetOffset;
    @Column(columnDefinition = "text")
    @Convert(converter = OutcomeColumn.class)
    public RedriveOutcome outcome;
    /** The catalog's outcome, the reason of a failure, or where the event was parked again. */
    public String detail;
    public Instant outcomeAt;

    /** A re-drive of letter {@code partition}/{@code offset} of {@code topic}, not made yet. */
    static Redrive of(String consumer, String topic, int partition, long offset, String eventId, String key,
            String operator) {
        Redrive redrive = new Redrive();
        redrive.consumer = consumer;
        redrive.deadLetterTopic = topic;
        redrive.deadLetterPartition = partition;
        redrive.deadLetterOffset = offset;
        redrive.eventId = eventId;
        redrive.recordKey = key;
        redrive.operator = operator;
        redrive.requestedAt = Instant.now();
        redrive.outcome = RedriveOutcome.SENDING;
        return redrive;
    }

    void settle(RedriveOutcome settled, String why) {
        outcome = settled;
        detail = why;
        outcomeAt = Instant.now();
    }

    /** The letter as operators name it: {@code articles.submitted.render-dlq 3/17}. */
    public String letter() {
        return deadLetterTopic + " " + deadLetterPartition + "/" + deadLetterOffset;
    }

    /** Stores an outcome as its label. */
    @Converter
    static class OutcomeColumn implements AttributeConverter<RedriveOutcome, String> {

        @Override
        public String convertToDatabaseColumn(RedriveOutcome outcome) {
            return outcome == null ? null : outcome.label();
        }

        @Override
        public RedriveOutcome convertToEntityAttribute(String label) {
            return label == null ? null : RedriveOutcome.ofLabel(label);
        }
    }
}
