package io.herald.console.deadletters;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.console.services.CatalogApi;
import io.herald.console.services.ServiceAnswer;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The catalog's letters, which the catalog re-drives itself (it applies the letter through its own store and records
 * the outcome): the console asks it to and records what it answered.
 */
@ApplicationScoped
class CatalogRedrives {

    private final CatalogApi catalog;
    private final RedriveRepository repository;

    CatalogRedrives(CatalogApi catalog, RedriveRepository repository) {
        this.catalog = catalog;
        this.repository = repository;
    }

    /** Each letter's re-drive state as the catalog keeps it, by {@code partition/offset}. */
    Map<String, LetterRedrive> states() {
        Map<String, LetterRedrive> states = new HashMap<>();
        for (CatalogApi.DeadLetter letter : catalog.deadLetters()) {
            CatalogApi.LastRedrive last = letter.lastRedrive();
            states.put(letter.partition() + "/" + letter.offset(), last == null ? LetterRedrive.NONE
                    : new LetterRedrive(letter.redriven(), last.outcome(), last.reason(), last.attemptedAt(), null));
        }
        return states;
    }

    /** Asks the catalog to apply one letter again. */
    Redrive redrive(String consumer, String topic, int partition, long offset, String operator) {
        ServiceAnswer<CatalogApi.RedriveResult> answer = catalog.redrive(partition, offset);
        if (!answer.ok() && answer.status() != 422) {
            throw answer.passedOn();
        }
        Redrive redrive = Redrive.of(consumer, topic, partition, offset, null, null, operator);
        if (answer.ok()) {
            redrive.eventId = answer.body().eventId();
            redrive.recordKey = answer.body().key();
            redrive.settle(RedriveOutcome.APPLIED, "the catalog applied it: " + answer.body().outcome());
        } else {
            redrive.settle(RedriveOutcome.FAILED, answer.problem());
        }
        record(List.of(redrive));
        return redrive;
    }

    /** Asks the catalog to apply every letter not applied yet. */
    List<Redrive> redriveAll(String consumer, String topic, String operator) {
        List<Redrive> redrives = catalog.redriveAll().letters().stream().map(result -> {
            Redrive redrive = Redrive.of(consumer, topic, result.partition(), result.offset(), result.eventId(),
                    result.key(), operator);
            boolean failed = "failed".equals(result.outcome());
            redrive.settle(failed ? RedriveOutcome.FAILED : RedriveOutcome.APPLIED,
                    failed ? result.reason() : "the catalog applied it: " + result.outcome());
            return redrive;
        }).toList();
        record(redrives);
        return redrives;
    }

    private void record(List<Redrive> redrives) {
        QuarkusTransaction.requiringNew().run(() -> redrives.forEach(repository::persist));
    }
}
