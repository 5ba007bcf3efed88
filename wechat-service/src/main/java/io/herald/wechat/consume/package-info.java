/** Reads {@code articles.rendered}: each announcement becomes the wanted state of the article on every account. */
package io.herald.wechat.consume;
