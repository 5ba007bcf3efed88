package io.herald.console.deadletters;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The console's record of re-drives. */
@ApplicationScoped
public class RedriveRepository implements PanacheRepositoryBase<Redrive, Long> {

    /** The newest {@code limit} re-drives, newest first. */
    public List<Redrive> newest(int limit) {
        return findAll(Sort.descending("requestedAt", "id")).page(0, limit).list();
    }

    /** Every re-drive of letters of {@code topic}, oldest first. */
    public List<Redrive> ofTopic(String topic) {
        return list("deadLetterTopic", Sort.ascending("requestedAt", "id"), topic);
    }

    /** The last re-drive of one letter. */
    public Optional<Redrive> last(String topic, int partition, long offset) {
        return find("deadLetterTopic = ?1 and deadLetterPartition = ?2 and deadLetterOffset = ?3",
                Sort.descending("requestedAt", "id"), topic, partition, offset).firstResultOptional();
    }
}
