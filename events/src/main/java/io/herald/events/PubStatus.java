package io.herald.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Publication status, as in IPTC ninjs. */
public enum PubStatus {
    /** Publishable. */
    @JsonProperty("usable") USABLE,
    /** Held back: consumers hide it until a later revision makes it usable. */
    @JsonProperty("withheld") WITHHELD,
    /** A kill: consumers unpublish it. */
    @JsonProperty("canceled") CANCELED
}
