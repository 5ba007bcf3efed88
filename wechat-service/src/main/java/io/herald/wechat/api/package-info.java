/**
 * WeChat's API as the channel uses it: every answer checked for {@code errcode} (also with HTTP 200, also when
 * sent as {@code text/plain}), access tokens cached per account and renewed as WeChat asks, and the error policy
 * that says what each error code means for an article.
 */
package io.herald.wechat.api;
