package io.herald.render.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.herald.render.RenderConfig;
import io.herald.render.store.RenditionRepository;

/** The site's home page, made from the articles visible now each time it is asked for. */
@Path("/")
public class WebHomeResource {

    private final RenditionRepository renditions;
    private final HomePage homePage;
    private final int size;

    WebHomeResource(RenditionRepository renditions, HomePage homePage, RenderConfig config) {
        this.renditions = renditions;
        this.homePage = homePage;
        this.size = config.web().feedSize();
    }

    @GET
    @Produces("text/html; charset=UTF-8")
    @Operation(summary = "The site's home page: its name and the newest visible articles")
    public String home() {
        return homePage.render(renditions.newestVisible(size).stream().map(rendition -> rendition.document).toList());
    }
}
