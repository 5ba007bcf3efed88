package io.herald.service.operator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/** Reads the operator keys when the service starts: a malformed setting stops the start with its reason. */
@ApplicationScoped
class OperatorKeysProducer {

    private static final Logger LOG = Logger.getLogger(OperatorKeysProducer.class);

    @Produces
    @Singleton
    @Startup
    OperatorKeys operatorKeys(OperatorConfig config) {
        OperatorKeys keys = OperatorKeys.parse(config.keys().orElse(""));
        if (keys.isEmpty()) {
            LOG.warn("No operator key is configured: every operator endpoint answers 403 until "
                    + OperatorKeys.SETTING + " names one (name:key, comma-separated)");
        } else {
            LOG.info("Operator keys accepted: " + String.join(", ", keys.names()));
        }
        return keys;
    }
}
