package io.herald.wechat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.herald.wechat.config.WechatConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
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
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(WechatConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withDefaultValues(values).build();
        return config.getConfigMapping(WechatConfig.class);
    }
}
