package io.herald.service.operator;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Settings under {@code herald.operator}. */
@ConfigMapping(prefix = "herald.operator")
public interface OperatorConfig {

    /**
     * The operator keys, {@code name:key} entries separated by commas (env {@code HERALD_OPERATOR_KEYS}, e.g.
     * {@code alice:k3y-1,ci:k3y-2}); the name stands for the key in logs. None by default: operator endpoints are
     * then refused.
     */
    Optional<String> keys();
}
