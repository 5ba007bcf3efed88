/**
 * Images: {@code media/uploadimg} (content images), {@code material/add_material} (permanent images such as covers),
 * kept in memory (and in the state directory when there is one) and served at their URLs. Uses {@code api} and
 * {@code token}.
 */
package io.herald.wechat.sandbox.media;
