/**
 * The channel's configuration: WeChat's address, the official accounts, their policies and the articles each takes,
 * retries.
 */
package io.herald.wechat.config;
