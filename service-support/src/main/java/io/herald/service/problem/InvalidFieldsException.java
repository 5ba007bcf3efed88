package io.herald.service.problem;

import java.util.List;

/**
 * A request whose body (or whose parameters, as a body format names them) breaks its rules: a 400
 * {@code invalid-request} problem listing every invalid field with its rule, by field.
 */
public class InvalidFieldsException extends ProblemException {

    /** Fields at fault, said as "N field(s) of the request are invalid." */
    public InvalidFieldsException(List<FieldError> errors) {
        this(errors.size() + " field(s) of the request are invalid.", errors);
    }

    /** Fields at fault, with a detail of its own. */
    public InvalidFieldsException(String detail, List<FieldError> errors) {
        super("invalid-request", "Invalid request", 400, detail, errors.stream().sorted(FieldError.BY_FIELD).toList());
    }
}
