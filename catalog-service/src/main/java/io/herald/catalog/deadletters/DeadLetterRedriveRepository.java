package io.herald.catalog.deadletters;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DeadLetterRedriveRepository implements PanacheRepositoryBase<DeadLetterRedrive, DeadLetterRedrive.Key> {

    /** Every re-drive of the letters of {@code topic}, by key. */
    Map<DeadLetterRedrive.Key, DeadLetterRedrive> ofTopic(String topic) {
        return list("dlqTopic", topic).stream().collect(Collectors.toMap(
                redrive -> new DeadLetterRedrive.Key(redrive.dlqTopic, redrive.dlqPartition, redrive.dlqOffset),
                Function.identity()));
    }

    /** Records the outcome of one more attempt at a letter, inside the caller's transaction. */
    void record(DeadLetterRedrive.Key letter, String outcome, String reason) {
        getEntityManager().createNativeQuery("""
                insert into dead_letter_redrive (dlq_topic, dlq_partition, dlq_offset, outcome, reason, attempts, attempted_at)
                values (:topic, :partition, :offset, :outcome, :reason, 1, :now)
                on conflict (dlq_topic, dlq_partition, dlq_offset) do update
                set outcome = excluded.outcome, reason = excluded.reason,
                    attempts = dead_letter_redrive.attempts + 1, attempted_at = excluded.attempted_at""")
                .setParameter("topic", letter.dlqTopic())
                .setParameter("partition", letter.dlqPartition())
                .setParameter("offset", letter.dlqOffset())
                .setParameter("outcome", outcome)
                .setParameter("reason", reason)
                .setParameter("now", Instant.now())
                .executeUpdate();
    }
}
