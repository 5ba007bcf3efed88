package io.herald.service.operator;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/**
 * Reads the operator keys of {@code herald.operator.keys} (env {@code HERALD_OPERATOR_KEYS}; {@code name:key} entries
 * separated by commas, e.g. {@code alice:k3y-1,ci:k3y-2}; none by default) when the service starts: a malformed
 * setting stops the start with its reason.
 */
@ApplicationScoped
class OperatorKeysProducer {

    private static final Logger LOG = Logger.getLogger(OperatorKeysProducer.class);

    @Produces
    @Singleton
    @Startup
    OperatorKeys operatorKeys(@ConfigProperty(name = "herald.operator.keys") Optional<String> setting) {
        OperatorKeys keys = OperatorKeys.parse(setting.orElse(""));
        if (keys.isEmpty()) {
            LOG.warn("No operator key is configured: every operator endpoint answers 403 until "
                    + OperatorKeys.SETTING + " names one (name:key, comma-separated)");
        } else {
            LOG.info("Operator keys accepted: " + String.join(", ", keys.names()));
        }
        return keys;
    }
}
