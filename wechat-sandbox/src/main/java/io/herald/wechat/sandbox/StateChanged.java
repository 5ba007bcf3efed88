package io.herald.wechat.sandbox;

/**
 * What a store changed that a restart should keep, fired as a CDI event (synchronously, outside the store's lock)
 * after each change, so that the state directory ({@code herald.wechat-sandbox.data-dir}) holds it before the call
 * that made it is answered.
 */
public enum StateChanged {
    /** An image was uploaded, or all were forgotten. */
    MEDIA,
    /** A draft was added, updated or removed. */
    DRAFTS,
    /** A publishing job was submitted, settled, deleted or banned. */
    PUBLISHING,
    /** The daily call counts were reset (the calls themselves are kept with the draft or job each one made). */
    QUOTA
}
