package io.herald.ingest.article;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The JSON fields each part of the article model has. A client that sends another field is told so, with the
 * fields the part has: a misspelt {@code embargo} is refused, not ignored.
 */
public final class AcceptedFields {

    private static final Map<Class<?>, String> PARTS = Map.of(
            ArticleRequest.class, "an article",
            PublicationRequest.class, "a publication",
            ContributorRequest.class, "a contributor",
            BodyBlockRequest.class, "a body block",
            ImageRequest.class, "an image",
            RelatedEntryRequest.class, "a related entry");

    private AcceptedFields() {
    }

    /**
     * The rule for a field that {@code part} does not have, e.g. {@code is not a field of a related entry; known
     * fields: title, page}.
     */
    public static String notAFieldOf(Class<?> part) {
        String name = PARTS.get(part);
        if (name == null) {
            return "is not a known field";
        }
        return "is not a field of " + name + "; known fields: " + Arrays.stream(part.getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.joining(", "));
    }
}
