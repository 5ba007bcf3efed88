/**
 * Consume side, leftmost layer: articles.submitted events rendered ({@code rendering}), stored ({@code store}) and
 * announced ({@code outbox}) in one transaction per poll. Nothing in the service uses this package.
 */
package io.herald.render.consume;
