package io.herald.ingest.formats.ninjs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.path.PathType;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import io.herald.service.problem.FieldError;
import io.herald.service.problem.InvalidFieldsException;

/**
 * IPTC's official ninjs 2.0, 2.1 and 2.2 JSON Schemas (vendored under {@code ninjs/schema/}, each loaded once),
 * and the check of an item against the one its {@code $schema} names, 2.2 when it names none. {@code $schema}
 * itself only chooses the schema (IPTC's schemas do not define it) and is not validated as content. Every
 * violation is named by the JSON pointer of the offending value, e.g. {@code /associations/0/foo}, with the
 * schema keyword it breaks. {@code format} is an annotation, as JSON Schema 2020-12 defines it (IPTC's own
 * examples use URIs such as {@code renditions-example}).
 *
 * <p>When a nested value breaks a rule, a 2020-12 validator also reports every property of the enclosing ninjs
 * object as "not evaluated" (a failed subschema evaluates nothing); those echoes of properties the schema does
 * define are left out, so that each violation is named once, where it is.
 */
public final class NinjsSchemas {

    /** The schema chosen when an item names none: the latest. */
    static final String LATEST = "2.2";

    private static final Pattern NINJS_2 = Pattern.compile("https?://(?:www\\.)?iptc\\.org/std/ninjs/"
            + "ninjs-schema_(2\\.[0-2])\\.json#?");
    private static final String SCHEMA_RULE = "must name the ninjs 2.0, 2.1 or 2.2 schema, e.g. "
            + "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json";
    /** The GeoJSON schema the ninjs schemas refer to (geometry of places), vendored next to them. */
    private static final String GEOJSON_ID = "https://geojson.org/schema/GeoJSON.json";
    private static final String GEOJSON_RESOURCE = "/ninjs/schema/GeoJSON.json";
    private static final String UNEVALUATED = "unevaluatedProperties";
    private static final Map<String, VersionSchema> SCHEMAS = load("2.0", "2.1", "2.2");

    private NinjsSchemas() {
    }

    /**
     * @throws InvalidFieldsException naming {@code $schema} when it names no ninjs 2.x schema, else every schema
     *                                violation by its JSON pointer
     */
    public static void validate(JsonNode item) {
        String version = version(item.get("$schema"));
        JsonNode content = item;
        if (item.has("$schema")) {
            content = ((ObjectNode) item).deepCopy();
            ((ObjectNode) content).remove("$schema");
        }
        VersionSchema schema = SCHEMAS.get(version);
        List<Error> errors = schema.schema().validate(content.toString(), InputFormat.JSON);
        if (!errors.isEmpty()) {
            Set<FieldError> violations = new LinkedHashSet<>();
            errors.stream().filter(error -> !schema.isEcho(error)).forEach(error -> violations.add(violation(error)));
            throw new InvalidFieldsException(List.copyOf(violations));
        }
    }

    private static String version(JsonNode schema) {
        if (schema == null) {
            return LATEST;
        }
        Matcher ninjs = NINJS_2.matcher(schema.isTextual() ? schema.textValue() : "");
        if (!ninjs.matches()) {
            throw new InvalidFieldsException(List.of(new FieldError("$schema", SCHEMA_RULE)));
        }
        return ninjs.group(1);
    }

    /** The pointer of the offending value (for a property not allowed or missing: of that property) and the rule. */
    private static FieldError violation(Error error) {
        String pointer = error.getInstanceLocation().toString();
        if (error.getProperty() != null && !pointer.endsWith("/" + escaped(error.getProperty()))) {
            pointer = pointer + "/" + escaped(error.getProperty());
        }
        return new FieldError(pointer.isEmpty() ? null : pointer, error.getKeyword() + ": " + error.getMessage());
    }

    private static String escaped(String property) {
        return property.replace("~", "~0").replace("/", "~1");
    }

    private static Map<String, VersionSchema> load(String... versions) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(false).build();
        SchemaRegistry registry = SchemaRegistry.builder().schemaRegistryConfig(config)
                .nodeReader(reader -> reader.jsonMapper(asDeepAsTheRequestParser()))
                .schemas(Map.of(GEOJSON_ID, resource(GEOJSON_RESOURCE))).build();
        Map<String, VersionSchema> schemas = new HashMap<>();
        for (String version : versions) {
            String text = resource("/ninjs/schema/ninjs-schema_" + version + ".json");
            Schema schema = registry.getSchema(text, InputFormat.JSON);
            schema.initializeValidators();
            schemas.put(version, new VersionSchema(schema, ninjsProperties(text)));
        }
        return Map.copyOf(schemas);
    }

    /**
     * The validator reads JSON with Jackson 3, whose default nesting limit (500) is below Jackson 2's (1000), which
     * parsed the request: the validator is given Jackson 2's limits, so that every body that reached the mapper is
     * validated (a deeper one never gets here: it is a malformed-JSON 400).
     */
    private static tools.jackson.databind.ObjectMapper asDeepAsTheRequestParser() {
        com.fasterxml.jackson.core.StreamReadConstraints requestLimits =
                com.fasterxml.jackson.core.StreamReadConstraints.defaults();
        return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(requestLimits.getMaxNestingDepth())
                .maxStringLength(requestLimits.getMaxStringLength())
                .maxNumberLength(requestLimits.getMaxNumberLength()).build()).build()).build();
    }

    /** The properties of a ninjs object: of {@code $defs/ninjsType} (2.1, 2.2), else of the root (2.0). */
    private static Set<String> ninjsProperties(String schemaText) {
        try {
            JsonNode schema = new ObjectMapper().readTree(schemaText);
            JsonNode ninjsType = schema.path("$defs").path("ninjsType");
            Set<String> properties = new HashSet<>();
            (ninjsType.isMissingNode() ? schema : ninjsType).path("properties").fieldNames()
                    .forEachRemaining(properties::add);
            return Set.copyOf(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = NinjsSchemas.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One version's schema and the properties it defines for a ninjs object (an item or an association). */
    private record VersionSchema(Schema schema, Set<String> properties) {

        /** An "is not evaluated" report of a property the schema defines: the echo of a violation inside. */
        boolean isEcho(Error error) {
            return UNEVALUATED.equals(error.getKeyword()) && properties.contains(error.getProperty());
        }
    }
}
