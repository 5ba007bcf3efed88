package io.herald.console.deadletters;

import java.util.List;

/**
 * A consumer's dead letters, newest first.
 *
 * @param consumer     the consumer
 * @param topic        its dead-letter topic
 * @param topicExists  whether Kafka has the topic
 * @param total        letters the topic keeps
 * @param letters      the newest of them
 * @param redriveState where the re-drive states come from, or why some are unknown
 */
public record LetterPage(String consumer, String topic, boolean topicExists, long total, List<DeadLetter> letters,
        String redriveState) {

    public long pending() {
        return letters.stream().filter(letter -> !letter.redrive().redriven()).count();
    }
}
