package io.herald.console.operations;

import java.net.URI;

import java.time.Duration;

import jakarta.ws.rs.FormParam;
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
import io.herald.console.services.CatalogApi;
import io.herald.console.services.RenderApi;
import io.herald.console.services.ServiceAnswer;
import io.herald.console.services.WechatApi;
import io.herald.console.web.Negotiation;
import io.herald.service.operator.OperatorOnly;
import io.herald.service.params.Parameters;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Rebuilding the catalog and re-rendering every rendition, started and followed from the console (which calls the
 * services with its own operator key), and the WeChat accounts' health, with resuming a paused account.
 */
@Path("/operations")
@OperatorOnly
@SecurityRequirement(name = OperatorOnly.SECURITY_SCHEME)
public class OperationsResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance operations(OperationsView view, String started, Duration refresh);

        static native TemplateInstance operations$state(OperationsView view, String started, Duration refresh);
    }

    private final Operations operations;
    private final CatalogApi catalog;
    private final RenderApi render;
    private final WechatApi wechat;
    private final ConsoleConfig config;

    OperationsResource(Operations operations, CatalogApi catalog, RenderApi render, WechatApi wechat,
            ConsoleConfig config) {
        this.operations = operations;
        this.catalog = catalog;
        this.render = render;
        this.wechat = wechat;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The operations page: rebuild, re-render and the WeChat accounts")
    public TemplateInstance page(@QueryParam("started") String started) {
        return Templates.operations(operations.now(), started, config.refresh());
    }

    @GET
    @Path("state")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The operations page's state alone, which the page asks for again every few seconds")
    public TemplateInstance live() {
        return Templates.operations$state(operations.now(), null, config.refresh());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The catalog's rebuild, render's re-render and the WeChat accounts' health")
    public OperationsView state() {
        return operations.now();
    }

    @POST
    @Path("rebuild")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML })
    @Operation(summary = "Starts a rebuild of the catalog (catalog POST /admin/rebuild); 409 while one runs")
    public Response rebuild(@Context HttpHeaders headers) {
        return started(catalog.startRebuild(), "rebuild", headers);
    }

    @POST
    @Path("rerender")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML })
    @Operation(summary = "Starts re-rendering every rendition (render POST /admin/rerender); dryRun=true compares"
            + " only; 409 while one runs")
    public Response rerender(@FormParam("dryRun") String dryRun, @QueryParam("dryRun") String dryRunQuery,
            @Context HttpHeaders headers) {
        String given = dryRun != null ? dryRun : dryRunQuery;
        boolean dry = given != null && !given.isBlank() && Parameters.bool("dryRun", given);
        return started(render.startRerender(dry), dry ? "rerender-dry-run" : "rerender", headers);
    }

    @POST
    @Path("wechat/{account}/resume")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML })
    @Operation(summary = "Resumes a paused WeChat account (wechat-service POST /wechat/accounts/{name}/resume)")
    public Response resume(@PathParam("account") String account, @Context HttpHeaders headers) {
        return started(wechat.resume(account), "resume", headers);
    }

    /** The service's answer passed on: back to the page for a browser, the service's JSON for an API client. */
    private static Response started(ServiceAnswer<?> answer, String what, HttpHeaders headers) {
        if (!answer.ok()) {
            throw answer.passedOn();
        }
        if (Negotiation.prefersHtml(headers)) {
            URI page = UriBuilder.fromPath("/operations").queryParam("started", what).build();
            return Response.seeOther(page).build();
        }
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(answer.body()).build();
    }
}
