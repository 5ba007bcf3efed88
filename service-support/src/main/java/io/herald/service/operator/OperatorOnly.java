package io.herald.service.operator;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks a resource class or method as an operator endpoint: {@link OperatorKeyFilter} lets a request through only
 * with {@code Authorization: Bearer <key>} for one of the keys in {@code herald.operator.keys}, and logs who did
 * what. Put it on every operator resource together with its OpenAPI declaration:
 *
 * <pre>
 * &#64;Path("/admin/...")
 * &#64;OperatorOnly
 * &#64;SecurityRequirement(name = OperatorOnly.SECURITY_SCHEME)
 * public class SomeOperatorResource { ... }
 * </pre>
 *
 * Each service has a test that every operation under its operator paths answers 401 without a key and declares
 * the scheme, so a new operator endpoint without these annotations fails the build.
 */
@NameBinding
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface OperatorOnly {

    /** The OpenAPI security scheme of operator keys (HTTP bearer), declared by {@link OperatorSecurityScheme}. */
    String SECURITY_SCHEME = "operator-key";
}
