/**
 * The operators' switches under {@code /sandbox} (faults, callback URL, banning, reset); not WeChat's API. Uses
 * {@code fault}, {@code token}, {@code media}, {@code draft} and {@code publish}; nothing uses it.
 */
package io.herald.wechat.sandbox.operator;
