package io.herald.wechat.pictures;

import java.util.function.Supplier;

import io.herald.wechat.store.UploadedPicture.Kind;

/**
 * Locks of this instance by picture and account, held while a picture is looked up among the account's uploads,
 * uploaded and remembered: when several delivery workers carry the same picture to an account at once (a shared
 * photo, the account's default cover), one uploads it and the others find its upload. Striped: a fixed number of
 * locks, so that two other pictures rarely share one and nothing is ever left to clean up.
 */
final class UploadLocks {

    private static final int STRIPES = 64;

    private final Object[] locks = new Object[STRIPES];

    UploadLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /** Runs {@code upload} holding the lock of the picture ({@code sha256}) as {@code kind} on the account. */
    <T> T holding(String account, Kind kind, String sha256, Supplier<T> upload) {
        synchronized (locks[Math.floorMod((account + '|' + kind + '|' + sha256).hashCode(), STRIPES)]) {
            return upload.get();
        }
    }
}
