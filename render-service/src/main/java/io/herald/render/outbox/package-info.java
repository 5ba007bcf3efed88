/**
 * Consume side, right of {@code consume}, {@code rerender} and {@code embargo}, which queue their announcements here:
 * articles.rendered events written to the outbox table in the caller's transaction, relayed to Kafka, and parked for
 * operators when Kafka refuses one for good. Uses only {@code store}: never {@code rendering} nor a channel.
 */
package io.herald.render.outbox;
