package io.herald.ingest.formats.ninjs;

import java.util.List;

import io.herald.service.problem.FieldError;
import io.herald.service.problem.ProblemException;

/**
 * A valid ninjs item Herald cannot publish: a 422 problem naming the field that makes it so. Either its type
 * (audio, video, a lone component: {@code unsupported-item-type}), or, for a text or package, that it carries
 * no text and no picture at all ({@code item-without-content}), or that it breaks a rule of Herald's own that the
 * schema does not have, such as the length of a headline or a date written other than as RFC 3339
 * ({@code item-beyond-herald-limits}): nothing schema-valid is a 400.
 */
public class UnrepresentableItemException extends ProblemException {

    private UnrepresentableItemException(String type, String title, String field, String rule, String detail) {
        this(type, title, detail, List.of(new FieldError(field, rule)));
    }

    private UnrepresentableItemException(String type, String title, String detail, List<FieldError> errors) {
        super(type, title, 422, detail, errors);
    }

    /** A valid item some of whose fields break Herald's own rules, each named with its rule. */
    public static UnrepresentableItemException beyondHeraldLimits(List<FieldError> errors) {
        return new UnrepresentableItemException("item-beyond-herald-limits", "Item beyond Herald's limits",
                "The item is valid ninjs, but " + errors.size() + " field(s) break rules of Herald's own.",
                errors.stream().sorted(FieldError.BY_FIELD).toList());
    }

    /** An item of a type Herald has no page for, e.g. {@code video}. */
    public static UnrepresentableItemException unsupportedType(String type) {
        return new UnrepresentableItemException("unsupported-item-type", "Unsupported item type", "type",
                "must be text, composite, picture or graphic for Herald (got " + type + ")",
                "The item is valid ninjs, but Herald publishes only articles and photo items; a " + type
                        + " item has no page in Herald.");
    }

    /** A text item or package with neither a body, a description, an associated text nor a picture. */
    public static UnrepresentableItemException withoutContent() {
        return new UnrepresentableItemException("item-without-content", "Item without content", "bodies",
                "an item needs a body, a description, an associated text or a picture for Herald to publish it",
                "The item is valid ninjs, but carries nothing Herald could show to readers.");
    }
}
