package io.herald.wechat.store;

import java.util.Locale;

/** Where an article stands on one official account. */
public enum DeliveryState {
    /** Something is to be done (or it waits for its embargo to end). */
    WAITING,
    /** A draft holds the article's latest revision. */
    DRAFTED,
    /** Submitted with freepublish/submit; WeChat has not said it is published. */
    PUBLISHING,
    /** Published; its article URL is known. */
    PUBLISHED,
    /** WeChat refused it, it is not publishable, or the attempts ran out: the last error says why. */
    FAILED,
    /** Withdrawn after a kill, or deleted or banned by WeChat after publishing. */
    DELETED,
    /** Its account is paused (daily quota, or waiting for an operator). */
    PAUSED;

    /** The state as the API shows it, lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
