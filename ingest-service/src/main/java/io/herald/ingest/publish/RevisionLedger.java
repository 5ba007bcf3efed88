package io.herald.ingest.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.herald.ingest.config.IngestConfig;

/**
 * Table {@code article_revision} in ingest's database: for each (article, revision), the content it stands for
 * and whether Kafka acknowledged it. Every method is one statement over a whole batch (arrays, not one round
 * trip per article), atomic on its own; concurrent instances agree through the primary key. Blocking (JDBC).
 */
@ApplicationScoped
public class RevisionLedger {

    /** One (article, revision) and the content a submission wants it to stand for. */
    public record Entry(String articleId, int revision, String contentSha256) {
    }

    /** An article's highest acknowledged revision and its content. */
    public record Acknowledged(int revision, String contentSha256) {
    }

    /** Who holds an (article, revision) now. */
    public record Holder(String contentSha256, boolean acknowledged) {
    }

    private static final String CLAIM = """
            INSERT INTO article_revision AS r (article_id, revision, content_sha256, acknowledged, claimed_at)
            SELECT a, v, h, false, now() FROM unnest(?::text[], ?::int[], ?::text[]) AS c(a, v, h)
            ON CONFLICT (article_id, revision) DO UPDATE SET content_sha256 = EXCLUDED.content_sha256, claimed_at = now()
            WHERE NOT r.acknowledged
              AND (r.content_sha256 = EXCLUDED.content_sha256 OR r.claimed_at < now() - make_interval(secs => ?))
            RETURNING article_id""";
    private static final String ACKNOWLEDGE = """
            INSERT INTO article_revision AS r (article_id, revision, content_sha256, acknowledged, claimed_at)
            SELECT a, v, h, true, now() FROM unnest(?::text[], ?::int[], ?::text[]) AS c(a, v, h)
            ON CONFLICT (article_id, revision) DO UPDATE SET acknowledged = true
            WHERE r.content_sha256 = EXCLUDED.content_sha256
            RETURNING article_id, revision, content_sha256""";
    private static final String RELEASE = """
            DELETE FROM article_revision
            WHERE article_id = ? AND revision = ? AND content_sha256 = ? AND NOT acknowledged""";
    private static final String HIGHEST_ACKNOWLEDGED = """
            SELECT DISTINCT ON (article_id) article_id, revision, content_sha256 FROM article_revision
            WHERE article_id = ANY(?::text[]) AND acknowledged
            ORDER BY article_id, revision DESC""";
    private static final String HOLDERS = """
            SELECT r.article_id, r.content_sha256, r.acknowledged
            FROM article_revision r JOIN unnest(?::text[], ?::int[]) AS c(a, v) ON r.article_id = c.a AND r.revision = c.v""";
    private static final String HIGHEST_TAKEN = """
            SELECT article_id, max(revision) FROM article_revision
            WHERE article_id = ANY(?::text[]) AND (acknowledged OR claimed_at >= now() - make_interval(secs => ?))
            GROUP BY article_id""";

    private static final Logger LOG = Logger.getLogger(RevisionLedger.class);

    private final AgroalDataSource database;
    private final double claimTimeoutSeconds;
    private final Duration retryAfter;

    @Inject
    public RevisionLedger(AgroalDataSource database, IngestConfig config) {
        this.database = database;
        this.claimTimeoutSeconds = config.revisionClaimTimeout().toMillis() / 1000.0;
        this.retryAfter = config.retryAfter();
    }

    /**
     * Claims each entry's (article, revision) for its content: granted when no row holds it, when a claim or
     * nobody acknowledged holds it with the same content, or when another content's claim is older than
     * {@code herald.ingest.revision-claim-timeout}. Article ids must be distinct within one call.
     *
     * @return the article ids whose claim was granted
     */
    public Set<String> claim(List<Entry> entries) {
        Set<String> claimed = new HashSet<>();
        run(CLAIM, entries, claimTimeoutSeconds, rows -> claimed.add(rows.getString(1)));
        return claimed;
    }

    /**
     * Binds each entry's revision to its content now that Kafka acknowledged it (also when its claim was given
     * up meanwhile by a failed twin send). The entries must be distinct.
     *
     * @return the entries bound; one missing is a revision that another content took meanwhile
     */
    public Set<Entry> acknowledge(List<Entry> entries) {
        Set<Entry> bound = new HashSet<>();
        run(ACKNOWLEDGE, entries, null, rows -> bound.add(new Entry(rows.getString(1), rows.getInt(2), rows.getString(3))));
        return bound;
    }

    /** Gives up a claim whose send failed, so that other content may take the revision. */
    public void release(Entry entry) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(RELEASE)) {
            statement.setString(1, entry.articleId());
            statement.setInt(2, entry.revision());
            statement.setString(3, entry.contentSha256());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure("give up the claim on revision " + entry.revision() + " of " + entry.articleId(), e);
        }
    }

    /** Each article's highest acknowledged revision; articles without one are missing. */
    public Map<String, Acknowledged> highestAcknowledged(Collection<String> articleIds) {
        Map<String, Acknowledged> highest = new HashMap<>();
        if (articleIds.isEmpty()) {
            return highest;
        }
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(HIGHEST_ACKNOWLEDGED)) {
            statement.setArray(1, connection.createArrayOf("text", articleIds.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    highest.put(rows.getString(1), new Acknowledged(rows.getInt(2), rows.getString(3)));
                }
            }
            return highest;
        } catch (SQLException e) {
            throw failure("read the highest acknowledged revisions", e);
        }
    }

    /** Who holds each entry's (article, revision), by article id; nobody: missing. */
    public Map<String, Holder> holders(List<Entry> entries) {
        Map<String, Holder> holders = new HashMap<>();
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(HOLDERS)) {
            statement.setArray(1, connection.createArrayOf("text", entries.stream().map(Entry::articleId).toArray()));
            statement.setArray(2, connection.createArrayOf("int4", entries.stream().map(Entry::revision).toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    holders.put(rows.getString(1), new Holder(rows.getString(2), rows.getBoolean(3)));
                }
            }
            return holders;
        } catch (SQLException e) {
            throw failure("read who holds revisions", e);
        }
    }

    /** Each article's highest revision acknowledged or claimed (and not timed out); articles without: missing. */
    public Map<String, Integer> highestTaken(Collection<String> articleIds) {
        Map<String, Integer> highest = new HashMap<>();
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(HIGHEST_TAKEN)) {
            statement.setArray(1, connection.createArrayOf("text", articleIds.toArray()));
            statement.setDouble(2, claimTimeoutSeconds);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    highest.put(rows.getString(1), rows.getInt(2));
                }
            }
            return highest;
        } catch (SQLException e) {
            throw failure("read the highest revisions taken", e);
        }
    }

    /** A row of a statement's result. */
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs {@code sql} over the entries as three arrays (and the claim timeout, if given), reading each row. */
    private void run(String sql, List<Entry> entries, Double claimTimeout, RowReader reader) {
        if (entries.isEmpty()) {
            return;
        }
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", entries.stream().map(Entry::articleId).toArray()));
            statement.setArray(2, connection.createArrayOf("int4", entries.stream().map(Entry::revision).toArray()));
            statement.setArray(3, connection.createArrayOf("text", entries.stream().map(Entry::contentSha256).toArray()));
            if (claimTimeout != null) {
                statement.setDouble(4, claimTimeout);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw failure("record " + entries.size() + " revision(s)", e);
        }
    }

    /** A database that does not answer is, like a Kafka that does not, a reason to retry later (503). */
    private PublishFailedException failure(String what, SQLException e) {
        LOG.warnf("Ingest's database could not %s: %s. Answering 503; check that PostgreSQL is reachable "
                + "(QUARKUS_DATASOURCE_JDBC_URL).", what, e.getMessage());
        return new PublishFailedException("ingest's database could not " + what, e, retryAfter);
    }
}
