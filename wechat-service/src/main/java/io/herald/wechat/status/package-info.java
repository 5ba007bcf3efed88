/**
 * What people see: each article's state per account ({@code GET /wechat/articles/{id}}), and the operators'
 * endpoints to retry a failed article and resume a paused account.
 */
package io.herald.wechat.status;
