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

    /** An image with no field set yet, to be filled by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ImageRequest} field by field; a field never set stays absent (null). */
    public static final class Builder {

        private String uri;
        private String caption;
        private String credit;
        private String photographer;
        private String altText;

        private Builder() {
        }

        public Builder uri(String uri) {
            this.uri = uri;
            return this;
        }

        public Builder caption(String caption) {
            this.caption = caption;
            return this;
        }

        public Builder credit(String credit) {
            this.credit = credit;
            return this;
        }

        public Builder photographer(String photographer) {
            this.photographer = photographer;
            return this;
        }

        public Builder altText(String altText) {
            this.altText = altText;
            return this;
        }

        public ImageRequest build() {
            return new ImageRequest(uri, caption, credit, photographer, altText);
        }
    }
}
