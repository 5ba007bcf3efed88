package io.herald.devstack.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh directory under {@code java.io.tmpdir}, which the build points at the module's {@code target/}. */
final class ScratchDirectory {

    private ScratchDirectory() {
    }

    static Path create(String prefix) {
        try {
            return Files.createTempDirectory(prefix + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory for " + prefix, e);
        }
    }
}
