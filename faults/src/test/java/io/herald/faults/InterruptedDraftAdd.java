package io.herald.faults;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A crash between {@code draft/add} and storing its media id, the moment the WeChat channel's "one draft per
 * article" rests on. wechat-service stores a delivery's step {@code adding} before it calls {@code draft/add} and
 * clears it with the media id after the answer; {@link #inject} locks such a row of wechat-service's table
 * {@code delivery}, so that the service, once it has WeChat's answer, waits to store it, then kills the service with
 * SIGKILL (and ends its waiting database session, as the crash of a machine would) before letting go of the row.
 * Whether the draft had reached WeChat is asked of the sandbox before the service starts again.
 *
 * @param articleId     the article whose add was interrupted
 * @param answered      whether wechat-service was waiting to store WeChat's answer when it was killed
 * @param reachedWechat whether the sandbox held the article's draft: the service started again must find it rather
 *                      than add a second one
 */
record InterruptedDraftAdd(String articleId, boolean answered, boolean reachedWechat) {

    private static final String DATABASE = "wechat";
    private static final Duration POLL = Duration.ofMillis(5);
    /** wechat-service waits 30 s for a WeChat answer. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(35);
    /**
     * A row whose draft/add is in flight: step adding, leased, and not one an earlier kill interrupted (which stays at
     * step adding until the service started again looks for its draft).
     */
    private static final String LOCK_ADDING = """
            select article_id, article::jsonb ->> 'content_source_url' from delivery
            where step = 'adding' and lease_until > now() and not article_id = any(?)
            limit 1 for update skip locked""";
    private static final String WAITING_FOR = "select pid from pg_stat_activity where ? = any(pg_blocking_pids(pid))";
    private static final String END_WAITING =
            "select pg_terminate_backend(pid) from pg_stat_activity where ? = any(pg_blocking_pids(pid))";

    /**
     * Waits up to {@code timeout} for a draft/add in flight other than the {@code earlier} ones and interrupts it;
     * wechat-service is left killed.
     *
     * @throws IllegalStateException if no add was in flight within {@code timeout}
     */
    static InterruptedDraftAdd inject(Database database, ServiceInstance wechat, WechatSandbox sandbox,
            List<InterruptedDraftAdd> earlier, Duration timeout) throws SQLException, InterruptedException {
        Instant giveUp = Instant.now().plus(timeout);
        try (Connection holder = database.connect(DATABASE); Connection observer = database.connect(DATABASE)) {
            holder.setAutoCommit(false);
            int holderPid = backendPid(holder);
            Array skipped = holder.createArrayOf("text", earlier.stream().map(InterruptedDraftAdd::articleId).toArray());
            while (true) {
                Optional<InFlight> adding = lockAdding(holder, skipped);
                if (adding.isPresent()) {
                    boolean answered = awaitWaiting(observer, holderPid);
                    wechat.kill();
                    endWaitingSessions(observer, holderPid);
                    holder.rollback();
                    String contentSourceUrl = adding.get().contentSourceUrl();
                    boolean reached = sandbox.drafts().stream()
                            .anyMatch(draft -> draft.contentSourceUrl().equals(contentSourceUrl));
                    return new InterruptedDraftAdd(adding.get().articleId(), answered, reached);
                }
                holder.rollback();
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("no draft/add in flight (a delivery at step adding) within "
                            + timeout.toSeconds() + " s");
                }
                Thread.sleep(POLL.toMillis());
            }
        }
    }

    /** A delivery whose draft/add is in flight, its row locked by the holder's transaction. */
    private record InFlight(String articleId, String contentSourceUrl) {
    }

    private static Optional<InFlight> lockAdding(Connection holder, Array skipped) throws SQLException {
        try (PreparedStatement lock = holder.prepareStatement(LOCK_ADDING)) {
            lock.setArray(1, skipped);
            try (ResultSet adding = lock.executeQuery()) {
                return adding.next() ? Optional.of(new InFlight(adding.getString(1), adding.getString(2))) : Optional.empty();
            }
        }
    }

    /** Whether a session waits for the holder's lock within {@link #ANSWER_TIMEOUT}: the service storing the answer. */
    private static boolean awaitWaiting(Connection observer, int holderPid) throws SQLException, InterruptedException {
        Instant giveUp = Instant.now().plus(ANSWER_TIMEOUT);
        while (Instant.now().isBefore(giveUp)) {
            try (PreparedStatement waiting = observer.prepareStatement(WAITING_FOR)) {
                waiting.setInt(1, holderPid);
                try (ResultSet sessions = waiting.executeQuery()) {
                    if (sessions.next()) {
                        return true;
                    }
                }
            }
            Thread.sleep(POLL.toMillis());
        }
        return false;
    }

    /** Ends the killed service's sessions that wait for the holder, so that none of them writes after the crash. */
    private static void endWaitingSessions(Connection observer, int holderPid) throws SQLException {
        try (PreparedStatement end = observer.prepareStatement(END_WAITING)) {
            end.setInt(1, holderPid);
            end.executeQuery().close();
        }
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet pid = statement.executeQuery("select pg_backend_pid()")) {
            pid.next();
            return pid.getInt(1);
        }
    }
}
