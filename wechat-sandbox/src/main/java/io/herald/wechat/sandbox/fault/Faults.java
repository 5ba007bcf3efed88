package io.herald.wechat.sandbox.fault;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.wechat.sandbox.api.WechatError;

/**
 * The fault switches operators and tests turn on ({@code /sandbox/faults}): busy answers, a reached daily quota,
 * review rejection. Token expiry is the token store's ({@code TokenStore.expireAll}). In memory, for all accounts.
 */
@ApplicationScoped
public class Faults {

    private final AtomicInteger busyCalls = new AtomicInteger();
    private volatile boolean quotaReached;
    private volatile Integer rejectionStatus;

    /** The next {@code calls} WeChat calls answer -1. */
    public void busyFor(int calls) {
        busyCalls.set(calls);
    }

    /** Throws -1 (system busy) while busy calls are left, counting this call as one. */
    public void failIfBusy() {
        if (busyCalls.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0) {
            throw WechatError.SYSTEM_BUSY.exception();
        }
    }

    public void quotaReached(boolean reached) {
        quotaReached = reached;
    }

    public boolean quotaReached() {
        return quotaReached;
    }

    /** Publishing jobs submitted from now on end in {@code publishStatus} (2, 3 or 4); empty: they succeed. */
    public void rejectReviews(OptionalInt publishStatus) {
        rejectionStatus = publishStatus.isPresent() ? publishStatus.getAsInt() : null;
    }

    public OptionalInt rejectionStatus() {
        Integer status = rejectionStatus;
        return status == null ? OptionalInt.empty() : OptionalInt.of(status);
    }

    public void reset() {
        busyCalls.set(0);
        quotaReached = false;
        rejectionStatus = null;
    }

    /** The switches as they stand, for {@code GET /sandbox/faults}. */
    public Map<String, Object> describe() {
        Map<String, Object> switches = new LinkedHashMap<>();
        switches.put("busyCalls", busyCalls.get());
        switches.put("quotaReached", quotaReached);
        switches.put("reviewRejectionStatus", rejectionStatus);
        return switches;
    }
}
