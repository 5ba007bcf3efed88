package io.herald.ingest.auth;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A resource anyone may read without credentials, e.g. the stored binaries that events reference. */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
public @interface Public {
}
