package io.herald.wechat.sandbox.fault;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.wechat.sandbox.SandboxConfig;
import io.herald.wechat.sandbox.api.WechatError;

/**
 * The daily call quota of {@code draft/add} and {@code freepublish/submit} per account
 * ({@code herald.wechat-sandbox.publish.daily-limit}): beyond it, or while the quota switch is on, 45009 until the
 * day ends (China Standard Time, as WeChat counts) or the switch is reset.
 */
@ApplicationScoped
public class DailyQuota {

    private static final ZoneId WECHAT_DAYS = ZoneId.of("Asia/Shanghai");

    private final Faults faults;
    private final int dailyLimit;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Integer> calls = new HashMap<>();
    private LocalDate day;

    DailyQuota(Faults faults, SandboxConfig config) {
        this.faults = faults;
        this.dailyLimit = config.publish().dailyLimit();
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

    public synchronized void clear() {
        calls.clear();
    }
}
