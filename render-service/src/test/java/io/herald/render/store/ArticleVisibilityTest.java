package io.herald.render.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.herald.render.store.ArticleVisibility.State;

class ArticleVisibilityTest {

    /** Says which refusal was made, of which article. */
    private static final class Refused extends RuntimeException {

        Refused(String why) {
            super(why);
        }
    }

    @Test
    void aVisibleArticleIsItsRendition() {
        Rendition rendition = new Rendition();

        assertSame(rendition, new ArticleVisibility("demo:a", State.VISIBLE, rendition).visibleOrThrow(
                id -> new Refused("absent " + id), (id, withdrawn) -> new Refused("unpublished " + id)));
    }

    @Test
    void eachOtherStateIsRefusedAsTheCallerSays() {
        assertEquals("absent demo:a", refusal(State.ABSENT));
        assertEquals("unpublished demo:a, withdrawn true", refusal(State.WITHDRAWN));
        assertEquals("unpublished demo:a, withdrawn false", refusal(State.HIDDEN));
    }

    private static String refusal(State state) {
        ArticleVisibility visibility = new ArticleVisibility("demo:a", state, null);
        return assertThrows(Refused.class, () -> visibility.visibleOrThrow(id -> new Refused("absent " + id),
                (id, withdrawn) -> new Refused("unpublished " + id + ", withdrawn " + withdrawn))).getMessage();
    }
}
