package io.herald.ingest.formats.superdesk;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import io.herald.ingest.article.ImageRequest;
import io.herald.ingest.formats.ninjs.ItemFields;
import io.herald.ingest.formats.ninjs.Rendition;

/**
 * The picture associations of a pushed Superdesk item, as Herald's images.
 *
 * <p>Each picture association ({@code featuremedia} first) → an image: caption from {@code
 * description_text} (else {@code headline}), photographer from {@code byline}, credit from {@code
 * copyrightholder} ({@code usageterms} are terms, not a credit), alt text from {@code alt_text} or the {@code
 * body_text} the formatter writes it as. Its uri is Herald's copy of the binary Superdesk uploaded to the assets
 * endpoint under a rendition's media id (the best rendition's first); Superdesk's own rendition hrefs (its {@code
 * /upload-raw/} URLs) never become a uri: a picture none of whose renditions was uploaded is published without
 * one, with a warning naming the association and the media id. The feature picture leads the body; where the body
 * embeds it too ({@code <!-- EMBED START Image {id: "…"} -->} naming an association of the same picture, or an
 * {@code img} with one of its hrefs) that embed is left out. Other embedded pictures become their association's
 * image, so they are not shown again after the body; an {@code img} with a rendition href becomes that picture.
 */
final class SuperdeskPictures {

    private static final String FEATURE_MEDIA = "featuremedia";
    private static final String UPLOAD_RAW = "/upload-raw/";
    private static final Set<String> PICTURE_TYPES = Set.of("picture", "graphic");

    private final ItemFields fields;
    private final Function<String, Optional<String>> assetUrl;
    private final List<String> warnings;
    /** The picture associations by key, the feature picture first. */
    private final Map<String, Picture> pictures = new LinkedHashMap<>();
    /** The hosts of the renditions' hrefs: Superdesk's storage. */
    private final Set<String> storageHosts = new HashSet<>();

    /** A picture association as an image, with its rendition hrefs. */
    private record Picture(ImageRequest image, Set<String> hrefs) {

        /** Whether both show the same picture: equal images, or a rendition in common. */
        boolean sameAs(Picture other) {
            return image.equals(other.image) || !Collections.disjoint(hrefs, other.hrefs);
        }
    }

    /**
     * @param fields   where wrong types are noted
     * @param assetUrl Herald's URL of the binary Superdesk uploaded under a media id, if it did
     * @param warnings where what is left out is told
     */
    SuperdeskPictures(ItemFields fields, Function<String, Optional<String>> assetUrl, List<String> warnings) {
        this.fields = fields;
        this.assetUrl = assetUrl;
        this.warnings = warnings;
    }

    /** The feature picture's image, if the item has one. */
    Optional<ImageRequest> feature() {
        return Optional.ofNullable(pictures.get(FEATURE_MEDIA)).map(Picture::image);
    }

    /** The pictures' images, a picture that several associations hold (feature and embed) once; null if none. */
    List<ImageRequest> distinct() {
        List<Picture> distinct = new ArrayList<>();
        for (Picture picture : pictures.values()) {
            if (distinct.stream().noneMatch(seen -> seen.sameAs(picture))) {
                distinct.add(picture);
            }
        }
        return distinct.isEmpty() ? null : distinct.stream().map(Picture::image).toList();
    }

    /**
     * An image of the body: the picture of the association its embed names or whose rendition it shows; none when
     * that is the feature picture, which leads the body already; without an address (and a warning) when it is in
     * Superdesk's storage but no picture association holds it; else the image as written.
     */
    Optional<ImageRequest> inBody(ImageRequest asWritten, String embedId) {
        Picture picture = Optional.ofNullable(embedId).map(pictures::get)
                .or(() -> pictures.values().stream().filter(p -> p.hrefs().contains(asWritten.uri())).findFirst())
                .orElse(null);
        if (picture == null && inSuperdesksStorage(asWritten.uri())) {
            warnings.add("body_html: the picture at " + asWritten.uri() + " is in Superdesk's storage and no picture "
                    + "association holds it, so it was never uploaded to Herald; published without it");
            return Optional.of(ImageRequest.builder().caption(asWritten.caption()).altText(asWritten.altText()).build());
        }
        if (picture == null) {
            return Optional.of(asWritten);
        }
        Picture feature = pictures.get(FEATURE_MEDIA);
        if (feature != null && feature.sameAs(picture)) {
            return Optional.empty();
        }
        return Optional.of(picture.image());
    }

    /** Whether {@code src} is Superdesk's own: on the host of a rendition, or one of its {@code /upload-raw/} URLs. */
    private boolean inSuperdesksStorage(String src) {
        return src.contains(UPLOAD_RAW) || storageHosts.contains(host(src));
    }

    private static String host(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Picture associations as images, the feature picture first, with their hrefs for the body. */
    void read(JsonNode associations) {
        if (associations == null) {
            return;
        }
        List<String> names = new ArrayList<>();
        associations.fieldNames().forEachRemaining(names::add);
        names.sort((a, b) -> Boolean.compare(!a.equals(FEATURE_MEDIA), !b.equals(FEATURE_MEDIA)));
        for (String name : names) {
            String path = "associations." + name;
            JsonNode association = fields.object(associations, name, path);
            String type = fields.text(association, "type", path + ".type");
            if (association != null && (type == null || PICTURE_TYPES.contains(type)) && association.has("renditions")) {
                pictures.put(name, picture(association, path));
            }
        }
    }

    private Picture picture(JsonNode association, String path) {
        JsonNode renditions = fields.object(association, "renditions", path + ".renditions");
        List<Rendition> read = new ArrayList<>();
        Map<String, String> mediaIds = new LinkedHashMap<>();
        if (renditions != null) {
            renditions.fields().forEachRemaining(entry -> {
                String renditionPath = path + ".renditions." + entry.getKey();
                JsonNode rendition = fields.object(renditions, entry.getKey(), renditionPath);
                String href = fields.text(rendition, "href", renditionPath + ".href");
                String media = fields.text(rendition, "media", renditionPath + ".media");
                if (href != null) {
                    read.add(new Rendition(entry.getKey(), href, pixels(rendition), 0));
                    mediaIds.put(href, media);
                    Optional.ofNullable(host(href)).ifPresent(storageHosts::add);
                }
            });
        }
        ImageRequest image = ImageRequest.builder()
                .uri(storedUri(read, mediaIds, path))
                .caption(firstText(association, path, "description_text", "headline"))
                .credit(firstText(association, path, "credit", "copyrightholder"))
                .photographer(firstText(association, path, "byline"))
                .altText(firstText(association, path, "alt_text", "body_text"))
                .build();
        return new Picture(image, Set.copyOf(mediaIds.keySet()));
    }

    /**
     * Herald's copy of a rendition that Superdesk uploaded, the best one if it was; null, with a warning
     * naming the best rendition's media id, when it uploaded none.
     */
    private String storedUri(List<Rendition> renditions, Map<String, String> mediaIds, String path) {
        Optional<Rendition> best = Rendition.best(renditions);
        List<Rendition> ordered = Stream.concat(best.stream(), renditions.stream().filter(r -> !best.equals(Optional.of(r))))
                .toList();
        Optional<String> stored = ordered.stream().map(r -> mediaIds.get(r.href())).filter(Objects::nonNull)
                .map(assetUrl).flatMap(Optional::stream).findFirst();
        if (stored.isEmpty() && !ordered.isEmpty()) {
            String mediaId = mediaIds.get(ordered.get(0).href());
            warnings.add(path + (mediaId == null
                    ? ": the picture names no media id, so it could not be uploaded to Herald; published without it"
                    : ": media " + mediaId + " was never uploaded to Herald's assets endpoint; published without the "
                            + "picture"));
        }
        return stored.orElse(null);
    }

    private String firstText(JsonNode parent, String path, String... names) {
        for (String name : names) {
            String value = fields.text(parent, name, path + "." + name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static long pixels(JsonNode rendition) {
        return rendition == null ? 0 : rendition.path("width").asLong(0) * rendition.path("height").asLong(0);
    }
}
