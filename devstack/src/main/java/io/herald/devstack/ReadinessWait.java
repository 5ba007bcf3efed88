package io.herald.devstack;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Polls each service's {@code /q/health/ready} until it answers 200 (SmallRye Health's "UP"), while
 * watching that none of them exits.
 */
final class ReadinessWait {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();

    /** Returns once every service is ready; throws naming the service and its log otherwise. */
    void untilReady(List<ServiceProcess> services, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<ServiceProcess> pending = new ArrayList<>(services);
        while (true) {
            for (ServiceProcess service : services) {
                if (!service.isAlive()) {
                    throw new StackStartException(service.exitSummary() + " before it was ready; see " + service.logFile());
                }
            }
            pending.removeIf(this::isReady);
            if (pending.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                ServiceProcess late = pending.get(0);
                throw new StackStartException(late.service().module() + " was not ready within " + timeout.toSeconds()
                        + " s; see " + late.logFile());
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackStartException("interrupted while waiting for the services");
            }
        }
    }

    private boolean isReady(ServiceProcess service) {
        HttpRequest request = HttpRequest.newBuilder(service.readinessUrl()).timeout(REQUEST_TIMEOUT).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
