package io.herald.ingest.formats.ninjs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;

import com.fasterxml.jackson.databind.JsonNode;

import io.herald.events.BodyBlock;
import io.herald.events.Contributor;
import io.herald.events.PubStatus;
import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.article.BodyBlockRequest;
import io.herald.ingest.article.ContributorRequest;
import io.herald.ingest.article.ImageRequest;
import io.herald.service.problem.FieldError;
import io.herald.service.problem.InvalidFieldsException;

/**
 * Reads one IPTC ninjs 2.0–2.2 item into Herald's article model, after {@link NinjsSchemas} found it valid
 * against IPTC's schema of its version: every item the schema accepts is taken as what it is.
 *
 * <ul>
 * <li>text (or no type) with a body → an article; with only descriptions → a brief whose body is its
 * description;</li>
 * <li>composite (a package) → the article of its own body, else of its first associated text; its pictures
 * as the article's images; a package of pictures only → a photo item;</li>
 * <li>picture and graphic → a photo item: the picture as its only block, titled by its headline;</li>
 * <li>audio, video and a lone component → {@link UnrepresentableItemException} (422), as is a text without
 * any text or picture.</li>
 * </ul>
 *
 * <p>Mapping: {@code uri} → source id; {@code version}, when a positive whole number, → revision (else ingest
 * chooses it); headline of role {@code main} (else the first without a role, else the first) → headline, role
 * {@code sub} → subheadline, then {@code title}, {@code slugline} or the start of the text when there is no
 * headline; the HTML body (else the plain-text one) → body blocks; {@code by} → byline (reporters, or
 * photographers for a photo item, unless a role word says otherwise); {@code located} → dateline; subject and
 * genre names → subjects; of an article with a body, its description of role {@code summary} (else the first)
 * → summary; {@code embargoed} → embargo; {@code firstcreated} (when the first version of the item was made,
 * which for a published ninjs item is its publication) → publication time. A picture: its {@code original} rendition
 * (else the largest, else its uri when that is a web address) → image, caption description (else the first, else the
 * headline) → caption, copyright holder (else usage terms) → credit, {@code by} → photographer. The one rule of
 * Herald's own on top of the schema: dates must be RFC 3339 date-times (the schema's {@code format} is an annotation
 * only).
 */
public final class NinjsMapper {

    private static final Pattern REVISION = Pattern.compile("[1-9]\\d{0,8}");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://\\S+");
    private static final Set<String> UNSUPPORTED_TYPES = Set.of("audio", "video", "component");
    private static final Set<String> PICTURE_TYPES = Set.of("picture", "graphic");
    private static final int HEADLINE_MAX = 512;
    private static final int CREDIT_MAX = 256;
    private static final int CAPTION_MAX = 2000;

    /** Herald's article fields under the names a ninjs client knows them by, for the errors it is answered with. */
    public static final Map<String, String> HERALD_FIELDS = Map.of(
            "sourceId", "uri",
            "revision", "version",
            "headline", "headlines",
            "subheadline", "headlines",
            "body", "bodies",
            "byline", "by",
            "dateline", "located",
            "images", "associations",
            "embargoUntil", "embargoed",
            "summary", "descriptions");

    private final JsonNode item;
    private final List<FieldError> errors = new ArrayList<>();

    private NinjsMapper(JsonNode item) {
        this.item = item;
    }

    /**
     * @throws InvalidFieldsException        naming, by JSON pointer, every rule of the item's ninjs schema it breaks,
     *                                       or an unknown {@code $schema}
     * @throws UnrepresentableItemException  for a valid item Herald cannot publish (audio, video, nothing to show,
     *                                       a date not in RFC 3339)
     */
    public static ArticleRequest toRequest(JsonNode item) {
        NinjsSchemas.validate(item);
        return new NinjsMapper(item).read();
    }

    private ArticleRequest read() {
        String type = text(item, "type");
        if (type != null && UNSUPPORTED_TYPES.contains(type)) {
            throw UnrepresentableItemException.unsupportedType(type);
        }
        ArticleRequest request = type != null && PICTURE_TYPES.contains(type) ? photoItem() : article();
        if (!errors.isEmpty()) {
            throw UnrepresentableItemException.beyondHeraldLimits(errors);
        }
        return request;
    }

    /** A text, a package or an item without type: its body, else its first associated text's, else a brief. */
    private ArticleRequest article() {
        Headlines headlines = Headlines.of(item.get("headlines"));
        List<BodyBlockRequest> body = body(item.get("bodies"));
        for (JsonNode text : associations(Set.of("text"))) {
            if (body.isEmpty()) {
                body = body(text.get("bodies"));
                headlines = headlines.orElse(Headlines.of(text.get("headlines")));
            }
        }
        String summary = Texts.preferred(item.get("descriptions"), "summary");
        if (body.isEmpty()) {
            body = body(item.get("descriptions"));
            summary = null;
        }
        List<ImageRequest> images = associations(PICTURE_TYPES).stream().map(NinjsMapper::picture).toList();
        if (body.isEmpty() && !images.isEmpty()) {
            return photoItem(images.get(0));
        }
        if (body.isEmpty()) {
            throw UnrepresentableItemException.withoutContent();
        }
        return common()
                .headline(headline(headlines.main(), firstText(body)))
                .subheadline(headlines.sub())
                .summary(summary)
                .byline(byline(Contributor.Role.REPORTER))
                .body(body)
                .images(images)
                .build();
    }

    /** A picture or graphic item, whose own renditions are the picture. */
    private ArticleRequest photoItem() {
        return photoItem(picture(item));
    }

    private ArticleRequest photoItem(ImageRequest image) {
        return common()
                .headline(headline(Headlines.of(item.get("headlines")).main(), image.caption()))
                .byline(byline(Contributor.Role.PHOTOGRAPHER))
                .body(List.of(new BodyBlockRequest(BodyBlock.Type.IMAGE, null, null, null, image)))
                .images(List.of(image))
                .build();
    }

    /** What every kind of item carries: identity, revision, status, language, dateline, subjects and dates. */
    private ArticleRequest.Builder common() {
        String version = text(item, "version");
        String pubStatus = text(item, "pubstatus");
        return ArticleRequest.builder()
                .sourceId(text(item, "uri"))
                .revision(version != null && REVISION.matcher(version).matches() ? Integer.valueOf(version) : null)
                .pubStatus(pubStatus == null ? null : PubStatus.valueOf(pubStatus.toUpperCase(Locale.ROOT)))
                .language(text(item, "language"))
                .dateline(text(item, "located"))
                .subjects(subjects())
                .firstCreated(dateTime("firstcreated"))
                .versionCreated(dateTime("versioncreated"))
                .embargoUntil(dateTime("embargoed"))
                .published(dateTime("firstcreated"));
    }

    /** The item's headline, else its title, else its slugline, else the start of {@code text}. */
    private String headline(String headline, String text) {
        if (headline != null) {
            return headline;
        }
        for (String fallback : new String[] {text(item, "title"), text(item, "slugline"), text}) {
            if (fallback != null && !fallback.isBlank()) {
                return clip(fallback.strip(), HEADLINE_MAX);
            }
        }
        return null;
    }

    private List<ContributorRequest> byline(Contributor.Role role) {
        String by = text(item, "by");
        return by == null ? null : Bylines.parse(by, role);
    }

    private List<String> subjects() {
        List<String> names = new ArrayList<>();
        for (String field : List.of("subjects", "genres")) {
            for (JsonNode term : iterable(item.get(field))) {
                String name = text(term, "name") != null ? text(term, "name") : text(term, "uri");
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return names.isEmpty() ? null : names;
    }

    private List<JsonNode> associations(Set<String> types) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode association : iterable(item.get("associations"))) {
            String type = text(association, "type");
            if (type != null && types.contains(type)) {
                found.add(association);
            }
        }
        return found;
    }

    /**
     * A picture: its {@code original} rendition (else the largest, else its uri when that is a web address), the
     * caption description (else the first, else the headline) as caption, copyright holder (else usage terms) as
     * credit, {@code by} as photographer.
     */
    private static ImageRequest picture(JsonNode picture) {
        List<Rendition> renditions = new ArrayList<>();
        for (JsonNode rendition : iterable(picture.get("renditions"))) {
            renditions.add(new Rendition(text(rendition, "name"), text(rendition, "href"),
                    rendition.path("width").asLong() * rendition.path("height").asLong(),
                    rendition.path("sizeinbytes").asLong()));
        }
        String uri = text(picture, "uri");
        String caption = Texts.preferred(picture.get("descriptions"), "caption");
        String credit = text(picture, "copyrightholder") != null ? text(picture, "copyrightholder")
                : text(picture, "usageterms");
        return ImageRequest.builder()
                .uri(Rendition.best(renditions).map(Rendition::href)
                        .orElse(uri != null && WEB_ADDRESS.matcher(uri).matches() ? uri : null))
                .caption(clip(caption != null ? caption : Headlines.of(picture.get("headlines")).main(), CAPTION_MAX))
                .credit(clip(credit, CREDIT_MAX))
                .photographer(clip(text(picture, "by"), CREDIT_MAX))
                .build();
    }

    /** The HTML text of role {@code main} or without a role (else the first), else the same in plain text. */
    private static List<BodyBlockRequest> body(JsonNode texts) {
        JsonNode html = null;
        JsonNode plain = null;
        for (JsonNode text : iterable(texts)) {
            String role = text(text, "role");
            boolean preferred = role == null || role.equals("main");
            if (Texts.isHtml(text)) {
                html = html == null || preferred && !preferred(html) ? text : html;
            } else {
                plain = plain == null || preferred && !preferred(plain) ? text : plain;
            }
        }
        if (html != null) {
            return BodyBlocks.fromHtml(html.path("value").asText(""));
        }
        return plain == null ? List.of() : BodyBlocks.fromText(plain.path("value").asText(""));
    }

    private static boolean preferred(JsonNode text) {
        String role = text(text, "role");
        return role == null || role.equals("main");
    }

    private static String firstText(List<BodyBlockRequest> body) {
        return body.stream().map(BodyBlockRequest::text).filter(text -> text != null && !text.isBlank()).findFirst()
                .orElse(null);
    }

    /** An RFC 3339 date-time; the schema's {@code format: date-time} is only an annotation, so Herald checks it. */
    private Instant dateTime(String name) {
        String value = text(item, name);
        if (value == null) {
            return null;
        }
        Instant instant = ItemFields.instant(value);
        if (instant == null) {
            errors.add(new FieldError("/" + name, ItemFields.DATE_TIME_RULE));
        }
        return instant;
    }

    private static String text(JsonNode parent, String name) {
        JsonNode value = parent == null ? null : parent.get(name);
        return value == null || !value.isTextual() ? null : value.textValue();
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        return array == null ? List.of() : array;
    }

    private static String clip(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** The plain text of ninjs text objects ({@code value}, {@code contenttype}, {@code role}). */
    private static final class Texts {

        private Texts() {
        }

        static boolean isHtml(JsonNode text) {
            String contentType = text(text, "contenttype");
            return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
        }

        /** The plain text of the one of role {@code role}, else of the first; null when there is none. */
        static String preferred(JsonNode texts, String role) {
            JsonNode chosen = null;
            for (JsonNode text : iterable(texts)) {
                if (chosen == null || role.equals(text(text, "role")) && !role.equals(text(chosen, "role"))) {
                    chosen = text;
                }
            }
            String value = chosen == null ? null : text(chosen, "value");
            if (value == null || value.isBlank()) {
                return null;
            }
            return isHtml(chosen) ? Jsoup.parseBodyFragment(value).text() : value.strip();
        }
    }

    /**
     * An item's headlines: role {@code main}, else the first without a role, else the first but {@code sub}; and
     * role {@code sub}.
     */
    private record Headlines(String main, String sub) {

        static Headlines of(JsonNode headlines) {
            String main = null;
            String unnamed = null;
            String first = null;
            String sub = null;
            for (JsonNode headline : iterable(headlines)) {
                String value = plain(headline);
                String role = text(headline, "role");
                if (role == null) {
                    unnamed = unnamed == null ? value : unnamed;
                } else if (role.equals("main")) {
                    main = main == null ? value : main;
                } else if (role.equals("sub")) {
                    sub = sub == null ? value : sub;
                    continue;
                }
                first = first == null ? value : first;
            }
            return new Headlines(main != null ? main : unnamed != null ? unnamed : first, sub);
        }

        Headlines orElse(Headlines other) {
            return main != null ? this : new Headlines(other.main(), sub != null ? sub : other.sub());
        }

        private static String plain(JsonNode headline) {
            String value = text(headline, "value");
            if (value == null || value.isBlank()) {
                return null;
            }
            return Texts.isHtml(headline) ? Jsoup.parseBodyFragment(value).text() : value;
        }
    }
}
