/**
 * Consume side, leftmost layer: embargoed renditions whose embargo passed are released ({@code store}) and announced as
 * published ({@code outbox}). Renders nothing. Nothing in the service uses this package.
 */
package io.herald.render.embargo;
