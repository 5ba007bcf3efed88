/**
 * How an article's text reads in every channel, between the channels ({@code web}, {@code wechat}) and {@code store}:
 * credits as printed (bylines and image credits), digests cut at a sentence, the addresses written in plain text, a
 * block's inline markup as pieces ({@link io.herald.render.text.InlineText}), the site's name ({@link
 * io.herald.render.text.SiteName}, which reads the newest publication from {@code store}). Uses only {@code store}
 * and the root package.
 */
package io.herald.render.text;
