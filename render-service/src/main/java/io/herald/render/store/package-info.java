/**
 * The database, rightmost layer: renditions, processed events, the outbox and parked events, with their
 * repositories. It knows no renderer, channel or HTTP answer: a caller hands it plain values (the web page, the WeChat
 * article) and decides what a look-up's outcome answers ({@link io.herald.render.store.ArticleVisibility}). Uses no
 * package of the service.
 * <p>
 * The values stored as JSON (the WeChat article, the source document, an event's payload) are records that nothing
 * changes in place: a change assigns a new one. They are marked immutable for Hibernate
 * ({@code @Mutability(Immutability.class)}), which then keeps the value itself as the entity's snapshot instead of a
 * copy made by writing its JSON and parsing it again, once for every rendition written or read.
 */
package io.herald.render.store;
