package io.herald.ingest.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Counts the submissions ingest refused ({@link IngestMetrics#refused}): every {@code POST} (each is an intake)
 * answered 4xx or 5xx, whoever answered it: the request checks before routing, authentication, the resources and
 * the problem mapper. Installed before the request checks, it sees each request's status when its answer ends.
 */
@ApplicationScoped
class RefusedRequests {

    private final IngestMetrics metrics;

    RefusedRequests(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(this::watch);
    }

    private void watch(RoutingContext request) {
        if (request.request().method() == HttpMethod.POST) {
            request.addEndHandler(ended -> {
                int status = request.response().getStatusCode();
                if (status >= 400) {
                    metrics.refused(status);
                }
            });
        }
        request.next();
    }
}
