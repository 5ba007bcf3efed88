package io.herald.ingest.auth;

/** The ways into ingest; a source may be limited to some of them ({@code herald.ingest.sources."<name>".formats}). */
public enum IntakeFormat {
    /** {@code POST /articles} with one JSON article. */
    JSON,
    /** Many articles in one request, one per line. */
    BULK,
    /** IPTC ninjs 2.x. */
    NINJS,
    /** A newspaper page as text ({@code POST /issues}). */
    ISSUE,
    /** Superdesk's HTTP push, signed with the Superdesk secret. */
    SUPERDESK
}
