package io.herald.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The e2e module's test resources: samples, vendored examples, the reference page. */
final class TestFiles {

    static final ObjectMapper JSON = new ObjectMapper();

    private TestFiles() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = TestFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static String text(String resource) {
        return new String(bytes(resource), UTF_8);
    }

    /** A fresh, modifiable copy of a JSON object resource. */
    static ObjectNode object(String resource) {
        try {
            return (ObjectNode) JSON.readTree(bytes(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " is not JSON", e);
        }
    }
}
