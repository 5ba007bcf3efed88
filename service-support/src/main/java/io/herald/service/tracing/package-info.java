/**
 * One trace per article: the W3C trace context an article's first request starts travels in the Kafka headers of
 * every record about the article ({@link io.herald.service.tracing.TraceHeaders}) and in the rows that hold work for
 * later ({@link io.herald.service.tracing.Traceparent}: an outbox row, a WeChat delivery), so that the ingest request,
 * the catalog's and render's processing, the outbox relay and the WeChat calls are spans of one trace. Where spans
 * go is {@code herald.tracing} ({@link io.herald.service.tracing.TracingMode}).
 */
package io.herald.service.tracing;
