/**
 * What ingest counts for Prometheus ({@link io.herald.ingest.metrics.IngestMetrics}): the articles each intake
 * got accepted, how long their acknowledgement took, and what was refused. Uses only {@code auth} (the intakes).
 */
package io.herald.ingest.metrics;
