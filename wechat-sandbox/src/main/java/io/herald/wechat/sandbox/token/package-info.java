/**
 * Accounts and access tokens: {@code stable_token}, the token store, and the guard every other WeChat call passes
 * (busy switch, then the token). Uses {@code api} and {@code fault}.
 */
package io.herald.wechat.sandbox.token;
