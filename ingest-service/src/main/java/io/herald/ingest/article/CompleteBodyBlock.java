package io.herald.ingest.article;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A body block of a type ingest accepts, carrying the field its type needs. */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = CompleteBodyBlockValidator.class)
public @interface CompleteBodyBlock {

    String message() default "must be a complete body block";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
