package io.herald.console.pipeline;

/**
 * One stage of the pipeline over the window: how many records it handled.
 *
 * @param name    e.g. "Ingest accepted", "catalog processed"
 * @param measure how it is counted, e.g. "records written to articles.submitted"
 * @param count   the count, or null when its topic does not exist
 */
public record StageCount(String name, String measure, Long count) {
}
