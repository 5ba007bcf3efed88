package io.herald.ingest.formats.superdesk;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;

import com.fasterxml.jackson.databind.JsonNode;

import io.herald.events.BodyBlock;
import io.herald.events.Contributor;
import io.herald.events.PubStatus;
import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.article.BodyBlockRequest;
import io.herald.ingest.article.ImageRequest;
import io.herald.ingest.formats.ninjs.BodyBlocks;
import io.herald.ingest.formats.ninjs.Bylines;
import io.herald.ingest.formats.ninjs.ItemFields;
import io.herald.ingest.formats.ninjs.Rendition;

/**
 * Reads one item of Superdesk's HTTP push (its ninjs 1.x dialect) into Herald's article model.
 *
 * <p>Mapping: {@code guid} → source id; {@code version} → revision; {@code headline}; the custom text field
 * {@code extra.<subheadline field>} (plain text) → subheadline, never {@code description_text}, which
 * Superdesk's formatter fills from the abstract, a summary; {@code body_html} (else {@code body_text}) → body
 * blocks with their inline markup ({@link BodyBlocks}); free-text {@code byline} → contributors (reporters unless
 * a role word such as 通讯员 says otherwise); {@code located} → dateline; {@code slugline}, {@code
 * anpa_category}/{@code service}, {@code subject} and {@code genre} names → subjects. Superdesk writes {@code null}
 * for absent values and many fields Herald does not use; both are tolerated. Wrong types and bad dates are 400s.
 *
 * <p>Pictures: each picture association ({@code featuremedia} first) → an image: caption from {@code
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
public final class SuperdeskItemMapper {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
    private static final String FEATURE_MEDIA = "featuremedia";
    private static final String UPLOAD_RAW = "/upload-raw/";
    private static final Set<String> PICTURE_TYPES = Set.of("picture", "graphic");

    /** Herald's article fields under the names Superdesk gives them, for the errors a push is answered with. */
    public static final Map<String, String> HERALD_FIELDS = Map.of(
            "sourceId", "guid",
            "revision", "version",
            "subheadline", "extra",
            "body", "body_html",
            "dateline", "located",
            "images", "associations",
            "embargoUntil", "embargoed");

    private final ItemFields fields = ItemFields.nullTolerant();
    private final Function<String, Optional<String>> assetUrl;
    private final String subheadlineField;
    /** The picture associations by key, the feature picture first. */
    private final Map<String, Picture> pictures = new LinkedHashMap<>();
    /** What was left out, each a sentence that starts with the field's path. */
    private final List<String> warnings = new ArrayList<>();
    /** The hosts of the renditions' hrefs: Superdesk's storage. */
    private final Set<String> storageHosts = new HashSet<>();

    /** A picture association as an image, with its rendition hrefs. */
    private record Picture(ImageRequest image, Set<String> hrefs) {

        /** Whether both show the same picture: equal images, or a rendition in common. */
        boolean sameAs(Picture other) {
            return image.equals(other.image) || !Collections.disjoint(hrefs, other.hrefs);
        }
    }

    private SuperdeskItemMapper(Function<String, Optional<String>> assetUrl, String subheadlineField) {
        this.assetUrl = assetUrl;
        this.subheadlineField = subheadlineField;
    }

    /**
     * @param assetUrl         Herald's URL of the binary Superdesk uploaded under a media id, if it did
     * @param subheadlineField the id of the custom field holding 副题
     * @throws io.herald.service.problem.InvalidFieldsException naming every field of the wrong type or format
     */
    public static SuperdeskItem read(JsonNode item, Function<String, Optional<String>> assetUrl,
            String subheadlineField) {
        SuperdeskItemMapper mapper = new SuperdeskItemMapper(assetUrl, subheadlineField);
        ArticleRequest article = mapper.read(item);
        return new SuperdeskItem(article, List.copyOf(mapper.warnings));
    }

    private ArticleRequest read(JsonNode item) {
        if (item == null || !item.isObject()) {
            fields.reject(null, "must be a Superdesk item (a JSON object)");
            fields.throwIfInvalid();
        }
        String guid = fields.text(item, "guid", "guid");
        if (guid == null) {
            fields.reject("guid", "is required");
        }
        readPictures(fields.object(item, "associations", "associations"));
        String byline = fields.text(item, "byline", "byline");
        ArticleRequest request = ArticleRequest.builder()
                .sourceId(guid)
                .revision(revision(item.get("version")))
                .pubStatus(pubStatus(fields.text(item, "pubstatus", "pubstatus")))
                .language(fields.text(item, "language", "language"))
                .headline(fields.text(item, "headline", "headline"))
                .subheadline(subheadline(item))
                .dateline(fields.text(item, "located", "located"))
                .byline(byline == null ? null : Bylines.parse(byline, Contributor.Role.REPORTER))
                .body(body(item))
                .images(distinctPictures())
                .subjects(subjects(item))
                .firstCreated(fields.dateTime(item, "firstcreated", "firstcreated"))
                .versionCreated(fields.dateTime(item, "versioncreated", "versioncreated"))
                .embargoUntil(fields.dateTime(item, "embargoed", "embargoed"))
                .build();
        fields.throwIfInvalid();
        return request;
    }

    /** Superdesk writes the version as a string of digits; a JSON integer is taken too. */
    private Integer revision(JsonNode version) {
        if (version == null || version.isNull()) {
            return null;
        }
        if (version.isInt()) {
            return version.intValue();
        }
        if (version.isTextual() && DIGITS.matcher(version.textValue()).matches()) {
            return Integer.valueOf(version.textValue());
        }
        fields.reject("version", "must be a whole number, e.g. \"3\"");
        return null;
    }

    private PubStatus pubStatus(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "usable" -> PubStatus.USABLE;
            case "withheld" -> PubStatus.WITHHELD;
            case "canceled", "cancelled" -> PubStatus.CANCELED;
            default -> {
                fields.reject("pubstatus", "must be one of: usable, withheld, canceled");
                yield null;
            }
        };
    }

    /** The pictures' images, a picture that several associations hold (feature and embed) once; null if none. */
    private List<ImageRequest> distinctPictures() {
        List<Picture> distinct = new ArrayList<>();
        for (Picture picture : pictures.values()) {
            if (distinct.stream().noneMatch(seen -> seen.sameAs(picture))) {
                distinct.add(picture);
            }
        }
        return distinct.isEmpty() ? null : distinct.stream().map(Picture::image).toList();
    }

    /** The custom field's text, markup reduced to text; null when absent or blank. */
    private String subheadline(JsonNode item) {
        JsonNode extra = fields.object(item, "extra", "extra");
        String value = fields.text(extra, subheadlineField, "extra." + subheadlineField);
        String text = value == null ? "" : Jsoup.parseBodyFragment(value).text().strip();
        return text.isEmpty() ? null : text;
    }

    /** The feature picture, then the body ({@code body_html}, else {@code body_text}). */
    private List<BodyBlockRequest> body(JsonNode item) {
        List<BodyBlockRequest> body = new ArrayList<>();
        Picture feature = pictures.get(FEATURE_MEDIA);
        if (feature != null) {
            body.add(new BodyBlockRequest(BodyBlock.Type.IMAGE, null, null, null, feature.image()));
        }
        String html = fields.text(item, "body_html", "body_html");
        String text = html != null ? null : fields.text(item, "body_text", "body_text");
        if (html != null) {
            body.addAll(BodyBlocks.fromHtml(html, this::bodyImage));
        } else if (text != null) {
            body.addAll(BodyBlocks.fromText(text));
        }
        return body.isEmpty() ? null : body;
    }

    /**
     * An image of the body: the picture of the association its embed names or whose rendition it shows; none when
     * that is the feature picture, which leads the body already; without an address (and a warning) when it is in
     * Superdesk's storage but no picture association holds it; else the image as written.
     */
    private Optional<ImageRequest> bodyImage(ImageRequest asWritten, String embedId) {
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

    private List<String> subjects(JsonNode item) {
        Set<String> subjects = new LinkedHashSet<>();
        String slugline = fields.text(item, "slugline", "slugline");
        if (slugline != null && !slugline.isBlank()) {
            subjects.add(slugline.strip());
        }
        for (String vocabulary : List.of("anpa_category", "service", "subject", "genre")) {
            JsonNode terms = fields.array(item, vocabulary, vocabulary);
            for (int i = 0; terms != null && i < terms.size(); i++) {
                String name = fields.text(terms.get(i), "name", vocabulary + "[" + i + "].name");
                if (name != null && !name.isBlank()) {
                    subjects.add(name.strip());
                }
            }
        }
        return subjects.isEmpty() ? null : List.copyOf(subjects);
    }

    /** Picture associations as images, the feature picture first, with their hrefs for the body. */
    private void readPictures(JsonNode associations) {
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
