/**
 * wechat-service: Herald's WeChat channel. It consumes {@code articles.rendered}, uploads each article's pictures
 * and cover, creates, updates, publishes and deletes drafts of the configured official accounts, and follows each
 * article's state per account.
 */
package io.herald.wechat;
