package io.herald.catalog.search;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much work one search may do (see README, "Search"). */
@ConfigMapping(prefix = "herald.catalog.search")
public interface SearchConfig {

    /**
     * The most matches a search counts, facets and (in relevance order) ranks: the newest ones, by version time.
     * When more match, {@code total} is this number with {@code totalRelation} {@code gte}, the facets count these
     * newest matches, and relevance order ranks and pages through them only; date order still pages through every
     * match. Override with {@code HERALD_CATALOG_SEARCH_CANDIDATES}.
     */
    @WithDefault("1000")
    int candidates();

    /**
     * How often a search reads PostgreSQL's statistics of the indexed words again ({@link WordFrequencies}), with
     * which it decides how to find the newest matches. Override with {@code HERALD_CATALOG_SEARCH_STATISTICS_REFRESH}.
     */
    @WithDefault("10m")
    Duration statisticsRefresh();
}
