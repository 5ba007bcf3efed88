package io.herald.ingest.article;

/**
 * Something Herald did not take from an accepted submission, told in its receipt so the sender can fix it: the
 * article was published without it.
 *
 * @param field   the path to the field as the sender wrote it, e.g. {@code associations.featuremedia}
 * @param message what was left out and why, naming the sender's ids, e.g. the media id
 */
public record Warning(String field, String message) {
}
