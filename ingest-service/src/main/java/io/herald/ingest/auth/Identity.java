package io.herald.ingest.auth;

import java.util.Set;

import io.herald.ingest.auth.AcceptedSignatures.PendingSignature;

/**
 * A source whose credentials checked out, and the intakes it may use.
 *
 * @param signature the request's signature, which becomes a replay once the request is accepted; null for a
 *                  Bearer key and for Superdesk, whose repeated pushes are answered again
 */
record Identity(String source, Set<IntakeFormat> formats, PendingSignature signature) {
}
