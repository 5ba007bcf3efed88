/**
 * How an article's text reads in every channel, between the channels ({@code web}, {@code wechat}) and {@code store}:
 * credits as printed, digests cut at a sentence, the addresses written in plain text. Uses no package of the service.
 */
package io.herald.render.text;
