package io.herald.catalog.search;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of hits ended: the last hit's sort key (score for relevance, then version time and article id),
 * plus a fingerprint of the search it belongs to. Opaque to clients: URL-safe Base64 of a few text lines.
 *
 * @param score          the last hit's rank, for relevance order; null for date order
 * @param versionCreated the last hit's version time
 * @param articleId      the last hit's id
 * @param fingerprint    {@link SearchCriteria#fingerprint()} of the search
 * @param candidates     in relevance order: the oldest of the matches the first page ranked, so that later pages
 *                       rank the same matches (plus newer ones); null in date order
 */
public record SearchCursor(Float score, Instant versionCreated, String articleId, String fingerprint,
        Candidates candidates) {

    /**
     * The matches a relevance search ranks: those at or after the oldest one of the first page's candidates.
     *
     * @param versionCreated the oldest candidate's version time
     * @param articleId      the oldest candidate's id
     * @param bounded        whether more articles matched than were ranked (total relation {@code gte})
     */
    public record Candidates(Instant versionCreated, String articleId, boolean bounded) {
    }

    private static final String VERSION = "c1";
    /** A cursor with {@link Candidates}. */
    private static final String VERSION_CANDIDATES = "c2";
    private static final int MAX_LENGTH = 4096;
    /** Any version time PostgreSQL can compare with. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public SearchCursor(Float score, Instant versionCreated, String articleId, String fingerprint) {
        this(score, versionCreated, articleId, fingerprint, null);
    }

    public String encode() {
        String text = String.join("\n", candidates == null ? VERSION : VERSION_CANDIDATES, fingerprint,
                score == null ? "-" : Integer.toHexString(Float.floatToIntBits(score)), time(versionCreated));
        if (candidates != null) {
            text += "\n" + (candidates.bounded() ? "gte " : "eq ") + time(candidates.versionCreated()) + " "
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(candidates.articleId().getBytes(UTF_8));
        }
        text += "\n" + articleId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(UTF_8));
    }

    /** The cursor {@code text} encodes; throws {@link IllegalArgumentException} for anything else. */
    public static SearchCursor decode(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("too long");
        }
        String decoded;
        try {
            decoded = UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Base64.getUrlDecoder().decode(text))).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8", e);
        }
        boolean withCandidates = decoded.startsWith(VERSION_CANDIDATES + "\n");
        String[] parts = decoded.split("\n", withCandidates ? 6 : 5);
        Candidates candidates = null;
        if (withCandidates && parts.length == 6) {
            candidates = candidates(parts[4]);
            parts = new String[] { VERSION, parts[1], parts[2], parts[3], parts[5] };
        }
        if (parts.length != 5 || !VERSION.equals(parts[0]) || parts[4].isEmpty()) {
            throw new IllegalArgumentException("not a cursor");
        }
        Float score = null;
        if (!"-".equals(parts[2])) {
            score = Float.intBitsToFloat(Integer.parseUnsignedInt(parts[2], 16));
            if (score.isNaN() || score.isInfinite()) {
                throw new IllegalArgumentException("bad score");
            }
        }
        Instant versionCreated = time(parts[3]);
        if (parts[4].indexOf('\0') >= 0 || candidates != null && score == null) {
            throw new IllegalArgumentException("out of range");
        }
        return new SearchCursor(score, versionCreated, parts[4], parts[1], candidates);
    }

    private static Candidates candidates(String text) {
        String[] parts = text.split(" ", -1);
        if (parts.length != 3 || !parts[0].equals("gte") && !parts[0].equals("eq")) {
            throw new IllegalArgumentException("bad candidates");
        }
        String articleId = new String(Base64.getUrlDecoder().decode(parts[2]), UTF_8);
        if (articleId.isEmpty() || articleId.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("bad candidates");
        }
        return new Candidates(time(parts[1]), articleId, parts[0].equals("gte"));
    }

    private static String time(Instant time) {
        return time.getEpochSecond() + "." + time.getNano();
    }

    /** A time as encoded, within what PostgreSQL can compare with. */
    private static Instant time(String text) {
        String[] time = text.split("\\.", -1);
        if (time.length != 2) {
            throw new IllegalArgumentException("bad time");
        }
        Instant versionCreated;
        try {
            int nano = Integer.parseInt(time[1]);
            if (nano < 0 || nano > 999_999_999) {
                throw new IllegalArgumentException("bad time");
            }
            versionCreated = Instant.ofEpochSecond(Long.parseLong(time[0]), nano);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("bad time", e);
        }
        if (versionCreated.isBefore(EARLIEST) || versionCreated.isAfter(LATEST)) {
            throw new IllegalArgumentException("out of range");
        }
        return versionCreated;
    }
}
