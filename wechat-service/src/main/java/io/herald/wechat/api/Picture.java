package io.herald.wechat.api;

/** An image to upload: its bytes, JPG or PNG, as WeChat's upload APIs take them. */
public record Picture(String filename, String contentType, byte[] content) {
}
