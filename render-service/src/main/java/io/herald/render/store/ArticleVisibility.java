package io.herald.render.store;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Whether readers may see an article now, as {@link RenditionRepository#visibility(String)} finds it. The store says
 * which case it is; the caller says what each case answers, e.g. a 404 or a 410.
 *
 * @param articleId the article asked for
 * @param state     visible; withdrawn (killed: gone for good); hidden (withheld, or under embargo by the database's
 *                  clock: for now); absent (never rendered)
 * @param rendition the article's rendition when visible, else null
 */
public record ArticleVisibility(String articleId, State state, Rendition rendition) {

    /** Why readers may or may not see an article now. */
    public enum State {
        VISIBLE, WITHDRAWN, HIDDEN, ABSENT
    }

    /**
     * The rendition when readers may see it.
     *
     * @param absent      what to throw, given the article id, when the article was never rendered
     * @param unpublished what to throw, given the article id and whether it was withdrawn (rather than withheld or
     *                    under embargo), when readers may not see it
     */
    public Rendition visibleOrThrow(Function<String, ? extends RuntimeException> absent,
            BiFunction<String, Boolean, ? extends RuntimeException> unpublished) {
        return switch (state) {
            case VISIBLE -> rendition;
            case WITHDRAWN -> throw unpublished.apply(articleId, true);
            case HIDDEN -> throw unpublished.apply(articleId, false);
            case ABSENT -> throw absent.apply(articleId);
        };
    }
}
