package io.herald.ingest.auth;

import jakarta.ws.rs.NotAuthorizedException;

/** A valid signature whose push was already accepted: the same request again is a replay, answered 401. */
class ReplayedSignatureException extends NotAuthorizedException {

    ReplayedSignatureException() {
        super("Refused as a replay: a push with this signature was already accepted. Send a change as a new, "
                + "newly signed request; a push that was answered 4xx or 5xx may be sent again unchanged.", "Bearer");
    }
}
