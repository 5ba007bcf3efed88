package io.herald.service.operator;

import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/**
 * Reads the operator keys of {@code herald.operator.keys} (env {@code HERALD_OPERATOR_KEYS}; {@code name:key} entries
 * separated by commas, e.g. {@code alice:k3y-1,ci:k3y-2}; none by default) when the service starts: a malformed
 * setting stops the start with its reason. A service with operator endpoints logs which keys it accepts, or warns
 * that it has none.
 */
@ApplicationScoped
class OperatorKeysProducer {

    private static final Logger LOG = Logger.getLogger(OperatorKeysProducer.class);

    @Produces
    @Singleton
    @Startup
    OperatorKeys operatorKeys(@ConfigProperty(name = "herald.operator.keys") Optional<String> setting,
            BeanManager beans) {
        OperatorKeys keys = OperatorKeys.parse(setting.orElse(""));
        if (!hasOperatorEndpoints(beans)) {
            return keys;
        }
        if (keys.isEmpty()) {
            LOG.warn("No operator key is configured: every operator endpoint answers 403 until "
                    + OperatorKeys.SETTING + " names one (name:key, comma-separated)");
        } else {
            LOG.info("Operator keys accepted: " + String.join(", ", keys.names()));
        }
        return keys;
    }

    /** Whether one of the service's resources is, or has a method, marked {@link OperatorOnly}. */
    private static boolean hasOperatorEndpoints(BeanManager beans) {
        return beans.getBeans(Object.class, Any.Literal.INSTANCE).stream().map(Bean::getBeanClass)
                .filter(type -> type.isAnnotationPresent(Path.class))
                .anyMatch(resource -> resource.isAnnotationPresent(OperatorOnly.class) || Arrays
                        .stream(resource.getMethods()).anyMatch(method -> method.isAnnotationPresent(OperatorOnly.class)));
    }
}
