package io.herald.render.text;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.render.RenderConfig;
import io.herald.render.store.RenditionRepository;

/**
 * The site's name as readers see it (page titles, site bars, {@code og:site_name}, the feeds' titles, the home and
 * problem pages): {@code herald.render.web.site-name} when set, else the publication's name. A page about one
 * publication (an article, an issue) takes that one's; a page about the whole site (home, feeds, problem pages) the
 * publication of the newest visible article. {@value #FALLBACK} only when there is no publication to name.
 */
@ApplicationScoped
public class SiteName {

    /** The name when none is configured and no publication is known. */
    public static final String FALLBACK = "Herald";

    private final Optional<String> configured;
    private final RenditionRepository renditions;

    SiteName(RenderConfig config, RenditionRepository renditions) {
        this.configured = config.web().siteName().map(String::strip).filter(name -> !name.isEmpty());
        this.renditions = renditions;
    }

    /** The name on a page about the publication {@code publicationName} (null when the article names none). */
    public String of(String publicationName) {
        return configured.orElse(publicationName == null || publicationName.isBlank() ? FALLBACK : publicationName);
    }

    /** The name on a page about the whole site, looked up now. */
    public String site() {
        return configured.or(renditions::newestPublicationName).orElse(FALLBACK);
    }
}
