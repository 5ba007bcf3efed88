package io.herald.wechat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.herald.wechat.config.WechatConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** A {@link WechatConfig} outside Quarkus, for tests of single classes: one account "newsroom" at {@code apiUrl}. */
public final class TestWechatConfig {

    private TestWechatConfig() {
    }

    public static WechatConfig pointingAt(String apiUrl, Map<String, String> more) {
        Map<String, String> values = new HashMap<>();
        values.put("herald.wechat.api-url", apiUrl);
        values.put("herald.wechat.accounts.newsroom.app-id", "wx-test-app");
        values.put("herald.wechat.accounts.newsroom.app-secret", "test-secret");
        values.putAll(more);
        return builder().withDefaultValues(values).build().getConfigMapping(WechatConfig.class);
    }

    /** The configuration as these environment variables alone give it, e.g. {@code HERALD_WECHAT_ACCOUNTS_X_APP_ID}. */
    public static WechatConfig fromEnvironment(Map<String, String> variables) {
        return builder().withSources(new EnvConfigSource(variables, 300)).build()
                .getConfigMapping(WechatConfig.class);
    }

    private static SmallRyeConfigBuilder builder() {
        return new SmallRyeConfigBuilder().withMapping(WechatConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter());
    }
}
