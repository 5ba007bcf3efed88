/**
 * The draft box: {@code draft/add|update|delete|get|batchget|count}, WeChat's article rules and content filtering,
 * drafts in memory (and in the state directory when there is one). Uses {@code api}, {@code token}, {@code media}
 * and {@code fault}.
 */
package io.herald.wechat.sandbox.draft;
