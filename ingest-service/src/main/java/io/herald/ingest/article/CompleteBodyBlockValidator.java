package io.herald.ingest.article;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import io.herald.events.BodyBlock;
import io.herald.service.problem.JsonExpectation;

/** Reports a missing type-specific field on that field, e.g. {@code body[2].text}. */
public class CompleteBodyBlockValidator implements ConstraintValidator<CompleteBodyBlock, BodyBlockRequest> {

    @Override
    public boolean isValid(BodyBlockRequest block, ConstraintValidatorContext context) {
        if (block == null || block.type() == null) {
            return true; // @NotNull reports these
        }
        return switch (block.type()) {
            case PARAGRAPH, HEADING, QUOTE -> check(block.text() != null && !block.text().isBlank(), "text",
                    "must not be blank for a " + JsonExpectation.jsonName(block.type()), context);
            case LIST -> check(block.items() != null && !block.items().isEmpty(), "items",
                    "must not be empty for a list", context)
                    && check(block.itemRuns() == null || block.itemRuns().size() == block.items().size(), "itemRuns",
                            "must hold one list of runs per item", context);
            case IMAGE -> check(block.image() != null, "image", "must not be null for an image", context);
            case UNKNOWN -> check(false, "type", JsonExpectation.mustBeOneOf(BodyBlock.Type.class), context);
        };
    }

    private static boolean check(boolean valid, String field, String rule, ConstraintValidatorContext context) {
        if (!valid) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(rule).addPropertyNode(field).addConstraintViolation();
        }
        return valid;
    }
}
