package io.herald.wechat.store;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account the channel does not call: until its daily quota resets, or until an operator resumes it. */
@Entity
@Table(name = "account_pause")
public class AccountPause {

    @Id
    public String account;
    /** When the account may be called again by itself; null while it waits for an operator. */
    public Instant pausedUntil;
    public String reason;
    public Instant pausedAt;
}
