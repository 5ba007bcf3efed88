package io.herald.devstack.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.quarkus.test.common.WithTestResource;

/**
 * Runs a {@code @QuarkusTest} against a real Kafka broker ({@link KafkaTestResource}) and a real PostgreSQL
 * ({@link PostgresTestResource}), both started by the test itself. Every test class so annotated shares one broker,
 * one database and one running application (Quarkus matches test resources by their set), so this is the one way a
 * service's test says "real parts".
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
public @interface RealBrokerAndDatabase {
}
