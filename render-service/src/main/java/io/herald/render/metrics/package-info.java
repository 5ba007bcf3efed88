/**
 * Consume side, rightmost: what the consumer and the outbox relay count for Prometheus, once their effects are
 * committed ({@link io.herald.render.metrics.RenderMetrics}). Uses no other package of the service.
 */
package io.herald.render.metrics;
