package io.herald.service.operator.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A service started with no operator key configured: its operator endpoints must be refused, never open. */
public class NoOperatorKeys implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("herald.operator.keys", "", "%test.herald.operator.keys", "");
    }
}
