package io.herald.wechat.pictures;

/**
 * A picture is not available this time (its address did not answer, or WeChat no longer has the cover uploaded
 * before): the article is tried again later.
 */
public class PictureUnavailableException extends RuntimeException {

    public PictureUnavailableException(String message) {
        super(message);
    }
}
