package io.herald.console.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.herald.console.kafka.KafkaUnavailableException;
import io.herald.console.services.ServiceRefusedException;
import io.herald.console.services.ServiceUnavailableException;
import io.herald.service.problem.ProblemException;
import io.herald.service.problem.ProblemMappers;

/**
 * Kafka or a service that does not answer is a 503 problem naming which and why; a service that refuses what the
 * console needs is a 502 problem with its answer. Answered as every problem is: JSON, or the console's problem page
 * for a browser.
 */
public class UnavailableMappers {

    private final ProblemMappers problems;

    UnavailableMappers(ProblemMappers problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response kafka(KafkaUnavailableException e, UriInfo uri, HttpHeaders request) {
        return problems.problem(ProblemException.unavailable(e.getMessage()), uri, request);
    }

    @ServerExceptionMapper
    public Response service(ServiceUnavailableException e, UriInfo uri, HttpHeaders request) {
        return problems.problem(ProblemException.unavailable(e.getMessage()), uri, request);
    }

    @ServerExceptionMapper
    public Response refused(ServiceRefusedException e, UriInfo uri, HttpHeaders request) {
        return problems.problem(new ProblemException("service-refused", "Service refused", 502, e.getMessage()), uri,
                request);
    }
}
