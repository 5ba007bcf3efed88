/**
 * The article's pictures on WeChat's hosts: each upload placeholder's image and the cover fetched, fitted to
 * WeChat's rules (JPG or PNG, under 1 MB) and uploaded, each picture once per account (by the SHA-256 of the bytes
 * sent).
 */
package io.herald.wechat.pictures;
