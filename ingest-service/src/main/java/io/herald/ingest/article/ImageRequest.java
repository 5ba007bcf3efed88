package io.herald.ingest.article;

import jakarta.validation.constraints.Size;

import io.herald.events.Image;

/** An image with its printed credits; see {@link Image}. */
public record ImageRequest(
        @Size(max = 2048) String uri,
        @Size(max = 2000) String caption,
        @Size(max = 256) String credit,
        @Size(max = 256) String photographer,
        @Size(max = 2000) String altText) {

    Image toEvent() {
        return new Image(uri, caption, credit, photographer, altText);
    }
}
