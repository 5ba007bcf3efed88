/**
 * The events WeChat pushes to the account's server address: {@code PUBLISHJOBFINISH}, taken as a hint to ask
 * {@code freepublish/get} again at once. The signature is checked against the account's callback token.
 */
package io.herald.wechat.callback;
