/**
 * The render service: turns articles.submitted into web pages and WeChat drafts, serves them and announces them on
 * articles.rendered. This root package holds what every layer reads: the configuration ({@link
 * io.herald.render.RenderConfig}) and the public addresses ({@link io.herald.render.PublicUrls}); it uses no
 * package of the service.
 *
 * <p>The layers, each using only those to its right (and this root package):
 * <pre>
 * consume, rerender, embargo -&gt; rendering -&gt; web, wechat -&gt; text -&gt; store
 * web, wechat -&gt; problem
 * consume, rerender, embargo -&gt; outbox -&gt; store
 * consume, outbox -&gt; metrics
 * </pre>
 * {@code consume}, {@code rerender} and {@code embargo} are the consume side: what changes renditions (an event, an
 * operator's re-render, an embargo passing). {@code outbox} is part of it: it announces what they changed and uses
 * only {@code store}. The channels {@code web} and {@code wechat} render and serve; neither uses the other.
 *
 * <p>{@code problem} holds what readers are answered when an article cannot be shown (404, 410); the problem
 * types, their mapper and the request checks are shared by every service (service-support).
 */
package io.herald.render;
