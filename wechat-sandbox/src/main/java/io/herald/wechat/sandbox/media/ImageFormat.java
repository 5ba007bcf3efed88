package io.herald.wechat.sandbox.media;

import java.util.Arrays;
import java.util.Optional;

/** An image format told by the file's first bytes, as WeChat tells it (the file name does not count). */
public enum ImageFormat {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
    GIF("image/gif", new byte[] {'G', 'I', 'F', '8'}),
    BMP("image/bmp", new byte[] {'B', 'M'});

    private final String contentType;
    private final byte[] magic;

    ImageFormat(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<ImageFormat> of(byte[] bytes) {
        return Arrays.stream(values())
                .filter(format -> bytes.length >= format.magic.length
                        && Arrays.equals(bytes, 0, format.magic.length, format.magic, 0, format.magic.length))
                .findFirst();
    }
}
