package io.herald.ingest.bulk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of bulk intake ({@code POST /articles/bulk}), under {@code herald.ingest.bulk} (env {@code HERALD_INGEST_BULK_…}). */
@ConfigMapping(prefix = "herald.ingest.bulk")
public interface BulkConfig {

    /** How many bulk sends (of all bulk requests together) may await Kafka's acknowledgement at once; reading waits beyond that. */
    @WithDefault("1000")
    int maxInFlight();

    /**
     * How many articles are given their revisions together (a few batched statements in ingest's database per
     * chunk, not round trips per line); an article id that comes again starts a new chunk.
     */
    @WithDefault("500")
    int chunkSize();

    /** The longest line (bytes, without its line break) read as an article; a longer line is that line's error. */
    @WithDefault("1048576")
    int maxLineLength();
}
