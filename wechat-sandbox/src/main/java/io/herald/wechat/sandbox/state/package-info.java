/**
 * The sandbox's state across restarts ({@code herald.wechat-sandbox.data-dir}): images, drafts, publishing jobs and
 * daily call counts written to a directory after each change and read back at startup. Uses {@code media},
 * {@code draft}, {@code publish} and {@code fault}; nothing uses it.
 */
package io.herald.wechat.sandbox.state;
