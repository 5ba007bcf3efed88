/**
 * The WeChat channel, between {@code rendering} and {@code text}: an article's {@code draft/add} article, checked
 * against WeChat's limits (rendered once, for {@code rendering}), and its HTTP resource serving the visible ones from
 * {@code store}. Uses {@code text} and {@code store}, never {@code web}.
 */
package io.herald.render.wechat;
