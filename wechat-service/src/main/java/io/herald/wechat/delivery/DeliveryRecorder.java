package io.herald.wechat.delivery;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.wechat.store.Delivery;
import io.herald.wechat.store.DeliveryRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Stores a delivery's state, each write in its own transaction: before a WeChat call that creates something, with
 * the step in flight (so that the next turn finds out about a crash during the call), and at the end of a turn.
 */
@ApplicationScoped
class DeliveryRecorder {

    private final DeliveryRepository deliveries;
    private final Clock clock = Clock.systemUTC();

    DeliveryRecorder(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    /** Marks {@code step} as in flight for the delivery's revision and stores it, the delivery due at once. */
    void beforeCall(Delivery delivery, String step) {
        delivery.step = step;
        delivery.stepRevision = delivery.revision;
        delivery.stepAt = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> deliveries.record(delivery, delivery.stepAt, false));
    }

    /** The step's call was answered: nothing is in flight. */
    static void stepDone(Delivery delivery) {
        delivery.step = null;
        delivery.stepRevision = null;
        delivery.stepAt = null;
    }

    /** Stores the delivery at the end of a turn, with when to look again ({@code null}: nothing to do). */
    void endOfTurn(Delivery delivery, Instant next) {
        QuarkusTransaction.requiringNew().run(() -> deliveries.record(delivery, next, true));
    }
}
