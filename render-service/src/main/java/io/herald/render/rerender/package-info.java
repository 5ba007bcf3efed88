/**
 * Consume side, leftmost layer: every stored rendition rendered again ({@code rendering}) after a template change,
 * replaced ({@code store}) and announced again ({@code outbox}) when it changed; the operators' endpoint that starts
 * and follows it. Nothing in the service uses this package.
 */
package io.herald.render.rerender;
