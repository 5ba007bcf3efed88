/**
 * What Herald's services measure alike, for Prometheus ({@code /q/metrics}): the latency histograms' buckets
 * ({@link io.herald.service.metrics.LatencyTimers}) and what every consumer of Herald's topics counts
 * ({@link io.herald.service.metrics.ConsumerMetrics}, {@link io.herald.service.metrics.DeadLetterCount}). Plain
 * classes, no beans: each service builds them in its own {@code metrics} package with its consumer's name.
 */
package io.herald.service.metrics;
