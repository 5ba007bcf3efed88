package io.herald.ingest.formats.ninjs;

import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The top-level properties of a ninjs 2.0–2.2 item: those the schema defines, and extensions with a namespace
 * prefix ({@code herald:section}). Any other is rejected, as is a {@code $schema} other than ninjs 2.0–2.2.
 */
final class NinjsProperties {

    private static final Pattern SCHEMA = Pattern.compile(".*ninjs-schema_2\\.[0-2]\\.json#?");
    private static final Pattern NAMESPACED = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*:.+");
    private static final Set<String> PROPERTIES = Set.of("$schema", "uri", "type", "representationtype", "profile",
            "version", "firstcreated", "versioncreated", "contentcreated", "embargoed", "pubstatus", "urgency",
            "copyrightholder", "copyrightnotice", "usageterms", "ednote", "language", "descriptions", "bodies",
            "headlines", "subjects", "genres", "associations", "places", "things", "events", "organisations",
            "people", "by", "slugline", "located", "renditions", "altids", "trustindicators", "standard",
            "rightsinfo", "infosources", "title", "charcount", "wordcount", "firstpublished", "signals",
            "datasource", "audiences", "exclaudiences", "commentaryitems", "priority", "contentmeta");

    private NinjsProperties() {
    }

    /** Rejects, into {@code fields}, every top-level property of {@code item} that ninjs 2.x does not allow. */
    static void check(JsonNode item, ItemFields fields) {
        item.fieldNames().forEachRemaining(name -> {
            if (!PROPERTIES.contains(name) && !NAMESPACED.matcher(name).matches()) {
                fields.reject(name, "is not a ninjs 2.x property; extensions need a namespace prefix, e.g. "
                        + "herald:" + name);
            }
        });
        String schema = fields.text(item, "$schema", "$schema");
        if (schema != null && !SCHEMA.matcher(schema).matches()) {
            fields.reject("$schema", "must name the ninjs 2.0, 2.1 or 2.2 schema, e.g. "
                    + "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json");
        }
    }
}
