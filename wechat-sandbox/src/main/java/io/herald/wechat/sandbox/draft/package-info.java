/**
 * The draft box: {@code draft/add|update|delete|get|batchget|count}, WeChat's article rules and content filtering,
 * drafts in memory. Uses {@code api}, {@code token}, {@code media} and {@code fault}.
 */
package io.herald.wechat.sandbox.draft;
