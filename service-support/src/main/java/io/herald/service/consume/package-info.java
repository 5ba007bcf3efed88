/**
 * How a service consumes {@code articles.submitted} a poll at a time ({@link
 * io.herald.service.consume.SubmittedBatches}): the whole poll in one transaction, one transaction per record when that
 * one fails, the records it will never apply parked on its dead-letter topic ({@link
 * io.herald.service.consume.DeadLetterTopic}) with the {@code dead-letter-*} headers SmallRye's own dead-letter queue
 * writes, and one span per record in its article's trace ({@link io.herald.service.consume.RecordSpans}). Plain
 * classes, no beans: each consumer builds them with its own channel, names and settings.
 */
package io.herald.service.consume;
