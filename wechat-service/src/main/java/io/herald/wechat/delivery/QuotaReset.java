package io.herald.wechat.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** WeChat's daily API quotas reset at midnight, Beijing time. */
final class QuotaReset {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private QuotaReset() {
    }

    /** The first reset after {@code now}. */
    static Instant after(Instant now) {
        return LocalDate.ofInstant(now, BEIJING).plusDays(1).atStartOfDay(BEIJING).toInstant();
    }
}
