package io.herald.wechat.delivery;

/** The article cannot be sent as it is (e.g. no cover): it fails with this reason, no retry. */
class NotSendableException extends RuntimeException {

    NotSendableException(String message) {
        super(message);
    }
}
