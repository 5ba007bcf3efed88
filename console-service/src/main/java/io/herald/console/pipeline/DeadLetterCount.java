package io.herald.console.pipeline;

/**
 * The letters on one consumer's dead-letter topic.
 *
 * @param consumer the consumer
 * @param topic    its dead-letter topic
 * @param total    letters kept in the topic; null when the topic does not exist
 * @param inWindow letters written within the window
 */
public record DeadLetterCount(String consumer, String topic, Long total, Long inWindow) {
}
