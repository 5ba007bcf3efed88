package io.herald.console.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The pipeline at a glance, read from Kafka at one moment.
 *
 * @param at          when the figures were read
 * @param window      the stretch of time the stage counts cover, ending at {@code at}
 * @param stages      each stage's count over the window, in pipeline order
 * @param groups      each consumer group's lag
 * @param deadLetters each consumer's dead letters
 */
public record PipelineView(Instant at, Duration window, List<StageCount> stages, List<GroupLag> groups,
        List<DeadLetterCount> deadLetters) {
}
