package io.herald.console.pipeline;

import java.time.Duration;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import io.herald.console.ConsoleConfig;
import io.herald.service.operator.OperatorOnly;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The pipeline at a glance: the console's home page, its live figures, and the same figures as JSON. */
@Path("/")
@OperatorOnly
@SecurityRequirement(name = OperatorOnly.SECURITY_SCHEME)
public class PipelineResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance pipeline(PipelineView view, Duration refresh);

        static native TemplateInstance pipeline$figures(PipelineView view, Duration refresh);
    }

    private final PipelineFigures figures;
    private final ConsoleConfig config;

    PipelineResource(PipelineFigures figures, ConsoleConfig config) {
        this.figures = figures;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The console's home page: each stage's count over the window, each group's lag")
    public TemplateInstance page() {
        return Templates.pipeline(figures.now(), config.refresh());
    }

    @GET
    @Path("pipeline/figures")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The home page's figures alone, which the page asks for again every few seconds")
    public TemplateInstance live() {
        return Templates.pipeline$figures(figures.now(), config.refresh());
    }

    @GET
    @Path("pipeline")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The pipeline's figures read from Kafka: stage counts over the window, lag per group and"
            + " partition with the age of the oldest unprocessed record, dead letters per consumer")
    public PipelineView figures() {
        return figures.now();
    }
}
