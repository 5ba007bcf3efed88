package io.herald.render.consume;

import io.herald.events.ArticleRendered;

/** What one articles.submitted record came to: a rendition of some status, or nothing. */
enum RenderOutcome {

    /** Rendered, published. */
    PUBLISHED(ArticleRendered.Status.PUBLISHED),
    /** Rendered, under embargo. */
    EMBARGOED(ArticleRendered.Status.EMBARGOED),
    /** Rendered, withheld or killed. */
    UNPUBLISHED(ArticleRendered.Status.UNPUBLISHED),
    /** Its event id was rendered before: ignored. */
    DUPLICATE(null),
    /** Its revision is not newer than the rendition's: ignored. */
    HISTORY(null);

    private final ArticleRendered.Status status;

    RenderOutcome(ArticleRendered.Status status) {
        this.status = status;
    }

    /** The status of the rendition made, or null if none was. */
    ArticleRendered.Status status() {
        return status;
    }

    /** A rendition of {@code status} was made. */
    static RenderOutcome rendered(ArticleRendered.Status status) {
        for (RenderOutcome outcome : values()) {
            if (outcome.status == status) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("no outcome for status " + status);
    }
}
