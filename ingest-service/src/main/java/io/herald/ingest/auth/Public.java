package io.herald.ingest.auth;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A resource, or one method of a resource, anyone may call without credentials: e.g. the stored binaries that
 * events reference, or Superdesk's unsigned check whether an asset exists.
 */
@Documented
@Target({ TYPE, METHOD })
@Retention(RUNTIME)
public @interface Public {
}
