package io.herald.ingest.api;

import java.util.List;

import io.herald.ingest.api.Problem.FieldError;

/** A request body that parsed but breaks its format's rules; answered as a 400 listing every invalid field. */
public class InvalidFieldsException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidFieldsException(List<FieldError> errors) {
        super(errors.size() + " field(s) of the request are invalid");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
