package io.herald.wechat.store;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Paused accounts. */
@ApplicationScoped
public class AccountPauseRepository implements PanacheRepositoryBase<AccountPause, String> {

    /**
     * Pauses the account until {@code until} (null: until an operator resumes it). Workers that pause the account at
     * once (each told of its spent quota) leave one pause, the last one's.
     */
    public void pause(String account, Instant until, String reason) {
        getEntityManager().createNativeQuery("""
                insert into account_pause (account, paused_until, reason, paused_at)
                values (?1, cast(?2 as timestamptz), ?3, now())
                on conflict (account) do update
                set paused_until = excluded.paused_until, reason = excluded.reason, paused_at = excluded.paused_at""")
                .setParameter(1, account).setParameter(2, until).setParameter(3, reason).executeUpdate();
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
