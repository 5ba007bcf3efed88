package io.herald.wechat.pictures;

/** A picture's address did not answer with it this time: the article is tried again later. */
public class PictureUnavailableException extends RuntimeException {

    public PictureUnavailableException(String message) {
        super(message);
    }
}
