package io.herald.ingest.auth;

import java.util.Set;

/** A source whose credentials checked out, and the intakes it may use. */
record Identity(String source, Set<IntakeFormat> formats) {
}
