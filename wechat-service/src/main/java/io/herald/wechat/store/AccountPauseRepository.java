package io.herald.wechat.store;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Paused accounts. */
@ApplicationScoped
public class AccountPauseRepository implements PanacheRepositoryBase<AccountPause, String> {

    /** Pauses the account until {@code until} (null: until an operator resumes it). */
    public void pause(String account, Instant until, String reason) {
        AccountPause pause = findByIdOptional(account).orElseGet(AccountPause::new);
        pause.account = account;
        pause.pausedUntil = until;
        pause.reason = reason;
        pause.pausedAt = Instant.now();
        persist(pause);
    }

    /** The account's pause if it still holds at {@code now}. */
    public Optional<AccountPause> current(String account, Instant now) {
        return findByIdOptional(account)
                .filter(pause -> pause.pausedUntil == null || pause.pausedUntil.isAfter(now));
    }

    /** Ends the account's pause; false if it was not paused. */
    public boolean resume(String account) {
        return deleteById(account);
    }
}
