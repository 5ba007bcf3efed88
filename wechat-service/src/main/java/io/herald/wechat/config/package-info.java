/** The channel's configuration: WeChat's address, the official accounts and their policies, retries. */
package io.herald.wechat.config;
