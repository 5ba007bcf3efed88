/**
 * Rendering one revision of an article for every channel at once ({@code web}, {@code wechat}), for the consume side
 * ({@code consume}, {@code rerender}) to store, one at a time or a poll's in parallel ({@link
 * io.herald.render.rendering.RenderPool}). Uses the channels; only the consume side uses it.
 */
package io.herald.render.rendering;
