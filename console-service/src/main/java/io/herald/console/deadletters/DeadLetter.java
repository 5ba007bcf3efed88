package io.herald.console.deadletters;

import java.time.Instant;
import java.util.List;

import io.herald.console.kafka.RecordText.HeaderText;

/**
 * One record parked on a consumer's dead-letter topic, as the console shows it.
 *
 * @param consumer        the consumer that parked it
 * @param topic           the dead-letter topic
 * @param partition       its partition there
 * @param offset          its offset there
 * @param key             the original key (the article id)
 * @param deadLetteredAt  when it was parked
 * @param reason          why the consumer rejected it ({@code dead-letter-reason})
 * @param cause           the underlying cause ({@code dead-letter-cause}), when there was one
 * @param originTopic     where it was read from ({@code dead-letter-topic})
 * @param originPartition its partition there ({@code dead-letter-partition})
 * @param originOffset    its offset there ({@code dead-letter-offset})
 * @param eventId         its {@code ce_id}
 * @param headers         every header
 * @param valuePreview    the start of its value as text
 * @param redrive         what re-driving it did so far
 */
public record DeadLetter(String consumer, String topic, int partition, long offset, String key,
        Instant deadLetteredAt, String reason, String cause, String originTopic, String originPartition,
        String originOffset, String eventId, List<HeaderText> headers, String valuePreview, LetterRedrive redrive) {

    /** The letter as operators name it: {@code 3/17}. */
    public String position() {
        return partition + "/" + offset;
    }
}
