/**
 * The web channel, between {@code rendering} and {@code text}: an article's HTML page (rendered once, for {@code
 * rendering}), and the pages made when asked for from the visible renditions ({@code store}): printed issues, RSS and
 * Atom feeds, the Google News sitemap; with their HTTP resources. Uses {@code text} and {@code store}, never {@code
 * wechat}.
 */
package io.herald.render.web;
