package io.herald.console.deadletters;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import io.herald.console.ConsoleConfig;
import io.herald.console.access.Operators;
import io.herald.console.web.Negotiation;
import io.herald.service.operator.OperatorOnly;
import io.herald.service.params.Parameters;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Every consumer's dead letters, newest first, with their re-drive: one letter or all of a consumer's, from the page
 * (a form, answered with a redirect back to it) or as JSON. Below, what was re-driven, by whom, and what came of it.
 */
@Path("/dead-letters")
@OperatorOnly
@SecurityRequirement(name = OperatorOnly.SECURITY_SCHEME)
public class DeadLetterResource {

    private static final int MAX_LIMIT = 500;
    private static final int HISTORY = 50;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance deadLetters(List<String> consumers, LetterPage page, List<RedriveView> history,
                RedriveView done, Integer doneCount);
    }

    private final DeadLetterRedrives redrives;
    private final ConsoleConfig config;
    private final Operators operators;

    DeadLetterResource(DeadLetterRedrives redrives, ConsoleConfig config, Operators operators) {
        this.redrives = redrives;
        this.config = config;
        this.operators = operators;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The dead letters page: one consumer's letters, newest first, and the re-drives")
    public TemplateInstance page(@QueryParam("consumer") String consumer, @QueryParam("limit") String limit,
            @QueryParam("redrive") String redrive, @QueryParam("redriven") String redriven) {
        String shown = consumer == null || consumer.isBlank() ? config.consumersByName().firstKey() : consumer;
        List<RedriveView> history = redrives.history(HISTORY).stream().map(RedriveView::of).toList();
        RedriveView done = null;
        if (redrive != null) {
            long id = Parameters.integer("redrive", redrive, 1, Long.MAX_VALUE);
            done = history.stream().filter(view -> view.id() == id).findFirst().orElse(null);
        }
        return Templates.deadLetters(List.copyOf(config.consumersByName().keySet()),
                redrives.newest(shown, limit(limit)), history, done,
                redriven == null ? null : (int) Parameters.integer("redriven", redriven, 0, Integer.MAX_VALUE));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One consumer's dead letters, newest first, each with reason, cause, origin, headers, a"
            + " preview of its value and what re-driving it did")
    public LetterPage letters(@QueryParam("consumer") String consumer, @QueryParam("limit") String limit) {
        String shown = consumer == null || consumer.isBlank() ? config.consumersByName().firstKey() : consumer;
        return redrives.newest(shown, limit(limit));
    }

    @GET
    @Path("redrives")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The newest re-drives the console made, with their outcomes")
    public List<RedriveView> history(@QueryParam("limit") @DefaultValue("50") String limit) {
        return redrives.history((int) Parameters.integer("limit", limit, 1, MAX_LIMIT)).stream()
                .map(RedriveView::of).toList();
    }

    @POST
    @Path("{consumer}/{partition}/{offset}/redrive")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML })
    @Operation(summary = "Re-drives one letter: the catalog applies its own again; any other consumer's is written"
            + " back to the topic it reads. 404 without such a letter, 409 when re-driven before")
    public Response redrive(@PathParam("consumer") String consumer, @PathParam("partition") String partition,
            @PathParam("offset") String offset, @Context HttpHeaders headers) {
        Redrive redrive = redrives.redrive(consumer,
                (int) Parameters.integer("partition", partition, 0, Integer.MAX_VALUE),
                Parameters.integer("offset", offset, 0, Long.MAX_VALUE), operators.nameOf(headers));
        if (Negotiation.prefersHtml(headers)) {
            return backToPage(consumer, "redrive", redrive.id);
        }
        return Response.ok(RedriveView.of(redrive), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("{consumer}/redrive")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML })
    @Operation(summary = "Re-drives every letter of the consumer not re-driven yet, oldest first")
    public Response redriveAll(@PathParam("consumer") String consumer, @Context HttpHeaders headers) {
        List<RedriveView> done = redrives.redriveAll(consumer, operators.nameOf(headers)).stream()
                .map(RedriveView::of).toList();
        if (Negotiation.prefersHtml(headers)) {
            return backToPage(consumer, "redriven", done.size());
        }
        return Response.ok(done, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Response backToPage(String consumer, String parameter, Object value) {
        URI page = UriBuilder.fromPath("/dead-letters").queryParam("consumer", consumer)
                .queryParam(parameter, value).build();
        return Response.seeOther(page).build();
    }

    private int limit(String limit) {
        return limit == null || limit.isBlank() ? config.kafka().deadLetterPage()
                : (int) Parameters.integer("limit", limit, 1, MAX_LIMIT);
    }
}
