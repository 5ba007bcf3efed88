package io.herald.ingest.formats.superdesk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

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
 * <p>Mapping: {@code guid} → source id; {@code version} → revision; {@code headline}; {@code
 * description_text} → subheadline; {@code body_html} (else {@code body_text}) → body blocks; free-text
 * {@code byline} → contributors (reporters unless a role word such as 通讯员 says otherwise); {@code located}
 * → dateline; {@code firstpublished} (when the story first went out), else {@code versioncreated} (when the pushed
 * version was published) → publication time, never {@code firstcreated} (when an editor started the story); {@code slugline}, {@code anpa_category}/{@code service}, {@code subject} and {@code genre}
 * names → subjects; picture associations ({@code featuremedia} first, then inline ones) → images whose uri is
 * Herald's copy of the binary when Superdesk uploaded it to the assets endpoint, else the rendition's href;
 * inline {@code img} sources in the body are rewritten the same way. Superdesk writes {@code null} for absent
 * values and many fields Herald does not use; both are tolerated. Wrong types and bad dates are 400s.
 */
public final class SuperdeskItemMapper {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
    private static final String FEATURE_MEDIA = "featuremedia";
    private static final Set<String> PICTURE_TYPES = Set.of("picture", "graphic");

    /** Herald's article fields under the names Superdesk gives them, for the errors a push is answered with. */
    public static final Map<String, String> HERALD_FIELDS = Map.of(
            "sourceId", "guid",
            "revision", "version",
            "subheadline", "description_text",
            "body", "body_html",
            "dateline", "located",
            "images", "associations",
            "embargoUntil", "embargoed");

    private final ItemFields fields = ItemFields.nullTolerant();
    private final Function<String, Optional<String>> assetUrl;
    /** Superdesk's rendition hrefs → the uri Herald publishes, for inline images of the body. */
    private final Map<String, String> imageUris = new HashMap<>();

    private SuperdeskItemMapper(Function<String, Optional<String>> assetUrl) {
        this.assetUrl = assetUrl;
    }

    /**
     * @param assetUrl Herald's URL of the binary Superdesk uploaded under a media id, if it did
     * @throws io.herald.service.problem.InvalidFieldsException naming every field of the wrong type or format
     */
    public static ArticleRequest toRequest(JsonNode item, Function<String, Optional<String>> assetUrl) {
        return new SuperdeskItemMapper(assetUrl).read(item);
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
        List<ImageRequest> images = pictures(fields.object(item, "associations", "associations"));
        String byline = fields.text(item, "byline", "byline");
        Instant versionCreated = fields.dateTime(item, "versioncreated", "versioncreated");
        Instant firstPublished = fields.dateTime(item, "firstpublished", "firstpublished");
        ArticleRequest request = ArticleRequest.builder()
                .sourceId(guid)
                .revision(revision(item.get("version")))
                .pubStatus(pubStatus(fields.text(item, "pubstatus", "pubstatus")))
                .language(fields.text(item, "language", "language"))
                .headline(fields.text(item, "headline", "headline"))
                .subheadline(fields.text(item, "description_text", "description_text"))
                .dateline(fields.text(item, "located", "located"))
                .byline(byline == null ? null : Bylines.parse(byline, Contributor.Role.REPORTER))
                .body(body(item))
                .images(images)
                .subjects(subjects(item))
                .firstCreated(fields.dateTime(item, "firstcreated", "firstcreated"))
                .versionCreated(versionCreated)
                .embargoUntil(fields.dateTime(item, "embargoed", "embargoed"))
                .published(firstPublished != null ? firstPublished : versionCreated)
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

    private List<BodyBlockRequest> body(JsonNode item) {
        String html = fields.text(item, "body_html", "body_html");
        if (html != null) {
            return BodyBlocks.fromHtml(html, src -> imageUris.getOrDefault(src, src));
        }
        String text = fields.text(item, "body_text", "body_text");
        return text == null ? null : BodyBlocks.fromText(text);
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

    /** Picture associations as images, the feature picture first; remembers their hrefs for the body. */
    private List<ImageRequest> pictures(JsonNode associations) {
        if (associations == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        associations.fieldNames().forEachRemaining(names::add);
        names.sort((a, b) -> Boolean.compare(!a.equals(FEATURE_MEDIA), !b.equals(FEATURE_MEDIA)));
        List<ImageRequest> images = new ArrayList<>();
        for (String name : names) {
            String path = "associations." + name;
            JsonNode association = fields.object(associations, name, path);
            String type = fields.text(association, "type", path + ".type");
            if (association != null && (type == null || PICTURE_TYPES.contains(type)) && association.has("renditions")) {
                images.add(picture(association, path));
            }
        }
        return images;
    }

    private ImageRequest picture(JsonNode association, String path) {
        JsonNode renditions = fields.object(association, "renditions", path + ".renditions");
        List<Rendition> read = new ArrayList<>();
        Map<String, String> mediaIds = new HashMap<>();
        if (renditions != null) {
            renditions.fields().forEachRemaining(entry -> {
                String renditionPath = path + ".renditions." + entry.getKey();
                JsonNode rendition = fields.object(renditions, entry.getKey(), renditionPath);
                String href = fields.text(rendition, "href", renditionPath + ".href");
                String media = fields.text(rendition, "media", renditionPath + ".media");
                if (href != null) {
                    read.add(new Rendition(entry.getKey(), href, pixels(rendition), 0));
                    Optional.ofNullable(media).ifPresent(id -> mediaIds.put(href, id));
                }
            });
        }
        Optional<Rendition> best = Rendition.best(read);
        String uri = best.map(r -> Optional.ofNullable(mediaIds.get(r.href())).flatMap(assetUrl).orElse(r.href()))
                .orElse(null);
        read.forEach(r -> imageUris.put(r.href(), uri));
        String credit = firstText(association, path, "credit", "copyrightholder", "usageterms");
        return ImageRequest.builder()
                .uri(uri)
                .caption(firstText(association, path, "description_text", "headline"))
                .credit(credit)
                .photographer(fields.text(association, "byline", path + ".byline"))
                .altText(fields.text(association, "alt_text", path + ".alt_text"))
                .build();
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
