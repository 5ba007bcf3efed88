package io.herald.ingest.formats.superdesk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;

import com.fasterxml.jackson.databind.JsonNode;

import io.herald.events.BodyBlock;
import io.herald.events.Contributor;
import io.herald.events.PubStatus;
import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.article.BodyBlockRequest;
import io.herald.ingest.formats.ninjs.BodyBlocks;
import io.herald.ingest.formats.ninjs.Bylines;
import io.herald.ingest.formats.ninjs.ItemFields;

/**
 * Reads one item of Superdesk's HTTP push (its ninjs 1.x dialect) into Herald's article model.
 *
 * <p>Mapping: {@code guid} → source id; {@code version} → revision; {@code headline}; the custom text field
 * {@code extra.<subheadline field>} (plain text) → subheadline; {@code description_text}, which Superdesk's
 * formatter fills from the abstract, → summary, never subheadline; {@code body_html} (else {@code body_text}) → body
 * blocks with their inline markup ({@link BodyBlocks}); free-text {@code byline} → contributors (reporters unless a
 * role word such as 通讯员 says otherwise); {@code located} → dateline; {@code firstpublished} (when the story
 * first went out), else {@code versioncreated} (when the pushed version was published) → publication time, never
 * {@code firstcreated} (when an editor started the story); {@code slugline}, {@code anpa_category}/{@code service},
 * {@code subject} and {@code genre} names → subjects. Superdesk writes {@code null} for absent values and many
 * fields Herald does not use; both are tolerated. Wrong types and bad dates are 400s.
 *
 * <p>Pictures ({@link SuperdeskPictures}): the feature picture leads the body, embedded pictures are their
 * associations' images, and a picture Superdesk never uploaded to the assets endpoint is published without an
 * address, the answer's warnings naming it.
 */
public final class SuperdeskItemMapper {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

    /** Herald's article fields under the names Superdesk gives them, for the errors a push is answered with. */
    public static final Map<String, String> HERALD_FIELDS = Map.of(
            "sourceId", "guid",
            "revision", "version",
            "subheadline", "extra",
            "body", "body_html",
            "dateline", "located",
            "images", "associations",
            "embargoUntil", "embargoed",
            "summary", "description_text");

    private final ItemFields fields = ItemFields.nullTolerant();
    private final String subheadlineField;
    /** What was left out, each a sentence that starts with the field's path. */
    private final List<String> warnings = new ArrayList<>();
    private final SuperdeskPictures pictures;

    private SuperdeskItemMapper(Function<String, Optional<String>> assetUrl, String subheadlineField) {
        this.subheadlineField = subheadlineField;
        this.pictures = new SuperdeskPictures(fields, assetUrl, warnings);
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
        pictures.read(fields.object(item, "associations", "associations"));
        String byline = fields.text(item, "byline", "byline");
        Instant versionCreated = fields.dateTime(item, "versioncreated", "versioncreated");
        Instant firstPublished = fields.dateTime(item, "firstpublished", "firstpublished");
        ArticleRequest request = ArticleRequest.builder()
                .sourceId(guid)
                .revision(revision(item.get("version")))
                .pubStatus(pubStatus(fields.text(item, "pubstatus", "pubstatus")))
                .language(fields.text(item, "language", "language"))
                .headline(fields.text(item, "headline", "headline"))
                .subheadline(subheadline(item))
                .summary(fields.text(item, "description_text", "description_text"))
                .dateline(fields.text(item, "located", "located"))
                .byline(byline == null ? null : Bylines.parse(byline, Contributor.Role.REPORTER))
                .body(body(item))
                .images(pictures.distinct())
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
        pictures.feature().ifPresent(feature ->
                body.add(new BodyBlockRequest(BodyBlock.Type.IMAGE, null, null, null, feature)));
        String html = fields.text(item, "body_html", "body_html");
        String text = html != null ? null : fields.text(item, "body_text", "body_text");
        if (html != null) {
            body.addAll(BodyBlocks.fromHtml(html, pictures::inBody));
        } else if (text != null) {
            body.addAll(BodyBlocks.fromText(text));
        }
        return body.isEmpty() ? null : body;
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
}
