package io.herald.wechat.pictures;

/** A picture that cannot be fetched or read as an image: the article fails with this reason. */
public class UnreadableImageException extends RuntimeException {

    public UnreadableImageException(String message) {
        super(message);
    }
}
