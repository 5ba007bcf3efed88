/**
 * What the channel counts for Prometheus, once its effects are stored: the consumer's events and dead letters, and
 * what each delivery's turn achieved on WeChat ({@link io.herald.wechat.metrics.WechatMetrics}). Uses only
 * {@code config} and {@code store}.
 */
package io.herald.wechat.metrics;
