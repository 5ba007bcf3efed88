package io.herald.catalog.search;

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
}
