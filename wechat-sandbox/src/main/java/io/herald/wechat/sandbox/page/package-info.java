/**
 * The phone-width pages a newsroom looks at: each account's drafts and published articles, and each article as a
 * reader would see it. Uses {@code token}, {@code media}, {@code draft} and {@code publish}.
 */
package io.herald.wechat.sandbox.page;
