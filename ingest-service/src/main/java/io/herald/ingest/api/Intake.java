package io.herald.ingest.api;

import java.time.Instant;

import io.herald.ingest.auth.IntakeFormat;

/**
 * A request on its way in, once its source may use the intake it came by ({@link Submissions#open}).
 *
 * @param format     the intake it came by
 * @param source     the authenticated source, which every article of the request is published as
 * @param names      how the intake names Herald's fields in its answers
 * @param receivedAt when ingest received the request: its articles' {@code ce_time}
 */
public record Intake(IntakeFormat format, String source, FieldNames names, Instant receivedAt) {
}
