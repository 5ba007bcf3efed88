package io.herald.wechat.sandbox.media;

/**
 * An image the sandbox keeps and serves at its URL.
 *
 * @param id      the last segment of its URL
 * @param appId   the account that uploaded it
 * @param mediaId its permanent media id when uploaded as material ({@code add_material}), else null
 *                ({@code uploadimg})
 * @param format  JPEG, PNG, GIF or BMP
 * @param bytes   the file
 */
public record StoredImage(String id, String appId, String mediaId, ImageFormat format, byte[] bytes) {

    public boolean material() {
        return mediaId != null;
    }
}
