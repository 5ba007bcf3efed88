package io.herald.console.services;

/** A service did not answer, or answered with something that is not what its API promises. */
public class ServiceUnavailableException extends RuntimeException {

    public ServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
