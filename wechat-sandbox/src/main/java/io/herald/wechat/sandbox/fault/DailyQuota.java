package io.herald.wechat.sandbox.fault;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import io.herald.wechat.sandbox.SandboxConfig;
import io.herald.wechat.sandbox.StateChanged;
import io.herald.wechat.sandbox.api.WechatError;

/**
 * The daily call quota of {@code draft/add} and {@code freepublish/submit} per account
 * ({@code herald.wechat-sandbox.publish.daily-limit}): beyond it, or while the quota switch is on, 45009 until the
 * day ends (China Standard Time, as WeChat counts) or the switch is reset. A call is kept in the state directory with
 * the draft or job it makes (which announces the change), a reset of the counts on its own.
 */
@ApplicationScoped
public class DailyQuota {

    private static final ZoneId WECHAT_DAYS = ZoneId.of("Asia/Shanghai");

    private final Faults faults;
    private final int dailyLimit;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Integer> calls = new HashMap<>();
    private final Event<StateChanged> changed;
    private LocalDate day;

    DailyQuota(Faults faults, SandboxConfig config, Event<StateChanged> changed) {
        this.faults = faults;
        this.dailyLimit = config.publish().dailyLimit();
        this.changed = changed;
    }

    /** Counts one call of the account; throws 45009 when its quota is used up. */
    public synchronized void spend(String appId) {
        if (faults.quotaReached()) {
            throw WechatError.DAILY_QUOTA.exception();
        }
        LocalDate today = LocalDate.now(clock.withZone(WECHAT_DAYS));
        if (!today.equals(day)) {
            calls.clear();
            day = today;
        }
        if (calls.merge(appId, 1, Integer::sum) > dailyLimit) {
            throw WechatError.DAILY_QUOTA.exception();
        }
    }

    public void clear() {
        synchronized (this) {
            calls.clear();
        }
        changed.fire(StateChanged.QUOTA);
    }

    /** The day's calls per account, for the state directory. */
    public synchronized Counts snapshot() {
        return new Counts(day, Map.copyOf(calls));
    }

    /** Keeps the counts the state directory held before a restart; those of an earlier day start again. */
    public synchronized void restore(Counts counts) {
        calls.clear();
        calls.putAll(counts.calls());
        day = counts.day();
    }

    /**
     * The calls each account made on a day.
     *
     * @param day   the day in China Standard Time; null before the first call
     * @param calls by AppID
     */
    public record Counts(LocalDate day, Map<String, Integer> calls) {

        public Counts {
            calls = Map.copyOf(calls);
        }
    }
}
