/**
 * The database, rightmost layer: renditions, processed events, the outbox and parked events, with their
 * repositories. It knows no renderer, channel or HTTP answer: a caller hands it plain values (the web page, the WeChat
 * article) and decides what a look-up's outcome answers ({@link io.herald.render.store.ArticleVisibility}). Uses no
 * package of the service.
 */
package io.herald.render.store;
