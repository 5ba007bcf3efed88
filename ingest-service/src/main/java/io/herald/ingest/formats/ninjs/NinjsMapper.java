package io.herald.ingest.formats.ninjs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.herald.events.Contributor;
import io.herald.events.PubStatus;
import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.article.BodyBlockRequest;
import io.herald.ingest.article.ContributorRequest;
import io.herald.ingest.article.ImageRequest;

/**
 * Reads one IPTC ninjs 2.0–2.2 item into Herald's article model, rejecting what the ninjs 2.x schema
 * rejects: a missing {@code uri}, values of the wrong JSON type, dates that are not RFC 3339, an unknown
 * {@code pubstatus} or {@code type}, an association without {@code name}, a {@code $schema} other than
 * ninjs 2.0–2.2. Unknown top-level properties are rejected unless they carry a namespace prefix
 * ({@code herald:section}); unknown properties inside headlines, bodies, subjects, associations and
 * renditions are ignored.
 *
 * <p>Mapping: {@code uri} → source id; {@code version} (a string of digits) → revision; headline of role
 * {@code main} (else the first) → headline, role {@code sub} → subheadline; the {@code text/html} body (else
 * the plain-text one) → body blocks; {@code by} → byline (reporters unless a role word says otherwise);
 * {@code located} → dateline; subject and genre names → subjects; associations of type picture or graphic →
 * images; {@code embargoed} → embargo.
 */
public final class NinjsMapper {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
    private static final Set<String> TYPES = Set.of("text", "audio", "video", "picture", "graphic", "composite",
            "component");
    private static final Set<String> PICTURE_TYPES = Set.of("picture", "graphic");

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
            "embargoUntil", "embargoed");

    private final ItemFields fields = ItemFields.strict();

    private NinjsMapper() {
    }

    /**
     * @throws io.herald.service.problem.InvalidFieldsException naming every field the ninjs 2.x schema rejects
     */
    public static ArticleRequest toRequest(JsonNode item) {
        return new NinjsMapper().read(item);
    }

    private ArticleRequest read(JsonNode item) {
        if (item == null || !item.isObject()) {
            fields.reject(null, "must be a ninjs object");
            fields.throwIfInvalid();
        }
        NinjsProperties.check(item, fields);
        String uri = fields.text(item, "uri", "uri");
        if (uri == null && !item.has("uri")) {
            fields.reject("uri", "is required");
        }
        Integer revision = revision(fields.text(item, "version", "version"));
        oneOf(fields.text(item, "type", "type"), TYPES, "type");
        PubStatus pubStatus = pubStatus(fields.text(item, "pubstatus", "pubstatus"));
        Headlines headlines = headlines(item, "");
        List<BodyBlockRequest> body = body(fields.array(item, "bodies", "bodies"));
        String by = fields.text(item, "by", "by");
        List<String> subjects = new ArrayList<>(names(item, "subjects"));
        subjects.addAll(names(item, "genres"));
        List<ImageRequest> images = pictures(fields.array(item, "associations", "associations"));
        ArticleRequest request = ArticleRequest.builder()
                .sourceId(uri)
                .revision(revision)
                .pubStatus(pubStatus)
                .language(fields.text(item, "language", "language"))
                .headline(headlines.main())
                .subheadline(headlines.sub())
                .dateline(fields.text(item, "located", "located"))
                .byline(by == null ? null : Bylines.parse(by, Contributor.Role.REPORTER))
                .body(body)
                .images(images)
                .subjects(subjects.isEmpty() ? null : subjects)
                .firstCreated(fields.dateTime(item, "firstcreated", "firstcreated"))
                .versionCreated(fields.dateTime(item, "versioncreated", "versioncreated"))
                .embargoUntil(fields.dateTime(item, "embargoed", "embargoed"))
                .build();
        fields.throwIfInvalid();
        return request;
    }

    private Integer revision(String version) {
        if (version == null) {
            return null;
        }
        if (!DIGITS.matcher(version).matches()) {
            fields.reject("version", "must be a string of digits, e.g. \"3\"");
            return null;
        }
        return Integer.valueOf(version);
    }

    private PubStatus pubStatus(String value) {
        if (value == null || !oneOf(value, Set.of("usable", "withheld", "canceled"), "pubstatus")) {
            return null;
        }
        return PubStatus.valueOf(value.toUpperCase(Locale.ROOT));
    }

    private boolean oneOf(String value, Set<String> accepted, String path) {
        if (value != null && !accepted.contains(value)) {
            fields.reject(path, "must be one of: " + String.join(", ", accepted.stream().sorted().toList()));
            return false;
        }
        return true;
    }

    /** The headline of role {@code main}, else the first without a role; the one of role {@code sub}. */
    private Headlines headlines(JsonNode item, String prefix) {
        JsonNode headlines = fields.array(item, "headlines", prefix + "headlines");
        String main = null;
        String unnamed = null;
        String sub = null;
        for (int i = 0; headlines != null && i < headlines.size(); i++) {
            String path = prefix + "headlines[" + i + "]";
            JsonNode headline = element(headlines, i, path);
            String value = fields.text(headline, "value", path + ".value");
            String role = fields.text(headline, "role", path + ".role");
            fields.text(headline, "contenttype", path + ".contenttype");
            if (role == null) {
                unnamed = unnamed == null ? value : unnamed;
            } else if (role.equals("main")) {
                main = main == null ? value : main;
            } else if (role.equals("sub")) {
                sub = sub == null ? value : sub;
            }
        }
        return new Headlines(main == null ? unnamed : main, sub);
    }

    private record Headlines(String main, String sub) {
    }

    /** The HTML body of role {@code main} or without a role, else the first; else the same in plain text. */
    private List<BodyBlockRequest> body(JsonNode bodies) {
        if (bodies == null) {
            return null;
        }
        JsonNode html = null;
        JsonNode text = null;
        for (int i = 0; i < bodies.size(); i++) {
            String path = "bodies[" + i + "]";
            JsonNode body = element(bodies, i, path);
            String value = fields.text(body, "value", path + ".value");
            String role = fields.text(body, "role", path + ".role");
            String contentType = fields.text(body, "contenttype", path + ".contenttype");
            if (value == null || (role != null && !role.equals("main") && (html != null || text != null))) {
                continue;
            }
            boolean isHtml = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
            if (isHtml && (html == null || "main".equals(role))) {
                html = body;
            } else if (!isHtml && (text == null || "main".equals(role))) {
                text = body;
            }
        }
        if (html != null) {
            return BodyBlocks.fromHtml(html.get("value").textValue());
        }
        return text == null ? null : BodyBlocks.fromText(text.get("value").textValue());
    }

    private List<String> names(JsonNode item, String name) {
        JsonNode terms = fields.array(item, name, name);
        List<String> names = new ArrayList<>();
        for (int i = 0; terms != null && i < terms.size(); i++) {
            String path = name + "[" + i + "]";
            JsonNode term = element(terms, i, path);
            String termName = fields.text(term, "name", path + ".name");
            String termUri = fields.text(term, "uri", path + ".uri");
            if (termName != null || termUri != null) {
                names.add(termName != null ? termName : termUri);
            }
        }
        return names;
    }

    private List<ImageRequest> pictures(JsonNode associations) {
        if (associations == null) {
            return null;
        }
        List<ImageRequest> images = new ArrayList<>();
        for (int i = 0; i < associations.size(); i++) {
            String path = "associations[" + i + "]";
            JsonNode association = element(associations, i, path);
            if (association == null) {
                continue;
            }
            if (!association.has("name")) {
                fields.reject(path + ".name", "is required");
            }
            fields.text(association, "name", path + ".name");
            String type = fields.text(association, "type", path + ".type");
            oneOf(type, TYPES, path + ".type");
            if (type != null && PICTURE_TYPES.contains(type)) {
                images.add(picture(association, path));
            }
        }
        return images;
    }

    /**
     * A picture association as an image: the {@code original} rendition (else the largest) as uri, the first
     * description (else the headline) as caption, copyright holder (else usage terms) as credit, {@code by} as
     * photographer.
     */
    private ImageRequest picture(JsonNode association, String path) {
        JsonNode descriptions = fields.array(association, "descriptions", path + ".descriptions");
        String caption = null;
        for (int i = 0; descriptions != null && i < descriptions.size(); i++) {
            String descriptionPath = path + ".descriptions[" + i + "]";
            String value = fields.text(element(descriptions, i, descriptionPath), "value", descriptionPath + ".value");
            caption = caption == null ? value : caption;
        }
        String credit = fields.text(association, "copyrightholder", path + ".copyrightholder");
        String usageTerms = fields.text(association, "usageterms", path + ".usageterms");
        return ImageRequest.builder()
                .uri(Rendition.best(renditions(association, path)).map(Rendition::href).orElse(null))
                .caption(caption != null ? caption : headlines(association, path + ".").main())
                .credit(credit != null ? credit : usageTerms)
                .photographer(fields.text(association, "by", path + ".by"))
                .build();
    }

    private List<Rendition> renditions(JsonNode association, String path) {
        JsonNode renditions = fields.array(association, "renditions", path + ".renditions");
        List<Rendition> read = new ArrayList<>();
        for (int i = 0; renditions != null && i < renditions.size(); i++) {
            String renditionPath = path + ".renditions[" + i + "]";
            JsonNode rendition = element(renditions, i, renditionPath);
            if (rendition != null) {
                read.add(new Rendition(fields.text(rendition, "name", renditionPath + ".name"),
                        fields.text(rendition, "href", renditionPath + ".href"),
                        integer(rendition, "width", renditionPath) * integer(rendition, "height", renditionPath),
                        integer(rendition, "sizeinbytes", renditionPath)));
            }
        }
        return read;
    }

    /** A non-negative integer property, 0 when absent. */
    private long integer(JsonNode parent, String name, String path) {
        JsonNode value = parent.get(name);
        if (value == null) {
            return 0;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber() || value.longValue() < 0) {
            fields.reject(path + "." + name, "must be a non-negative integer");
            return 0;
        }
        return value.longValue();
    }

    /** The i-th element of an array, which the schema wants to be an object. */
    private JsonNode element(JsonNode array, int i, String path) {
        JsonNode element = array.get(i);
        if (!element.isObject()) {
            fields.reject(path, "must be an object");
            return null;
        }
        return element;
    }
}
