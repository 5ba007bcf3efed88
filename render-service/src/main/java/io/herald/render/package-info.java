/**
 * The render service: turns articles.submitted into web pages and WeChat drafts, serves them and announces them on
 * articles.rendered. This root package holds what every layer reads: the configuration ({@link
 * io.herald.render.RenderConfig}) and the public addresses ({@link io.herald.render.PublicUrls}); it uses no package
 * of the service.
 *
 * <p>The layers, each using only those to its right (and this root package):
 * <pre>
 * consume, rerender, embargo -&gt; rendering -&gt; web, wechat -&gt; text -&gt; store
 * consume, rerender, embargo -&gt; outbox -&gt; store
 * </pre>
 * {@code consume}, {@code rerender} and {@code embargo} are the consume side: what changes renditions (an event, an
 * operator's re-render, an embargo passing). {@code outbox} is part of it: it announces what they changed and uses
 * only {@code store}. The channels {@code web} and {@code wechat} render and serve; neither uses the other.
 *
 * <p>The problem responses and request checks still here ({@code Problems}, {@code PathParameterCheck} and the
 * exceptions they answer) are the service's HTTP edge, not part of this root; they leave it with the shared edge.
 */
package io.herald.render;
