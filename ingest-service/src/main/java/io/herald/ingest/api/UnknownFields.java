package io.herald.ingest.api;

import java.io.IOException;
import java.util.List;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.herald.ingest.api.Problem.FieldError;
import io.herald.ingest.article.AcceptedFields;

/**
 * Answers a JSON field that Herald's article model does not have with a 400 naming it, as every invalid field
 * is named. Jackson refuses such fields ({@code quarkus.jackson.fail-on-unknown-properties}); ninjs and Superdesk
 * bodies are read as trees by their mappers, which keep tolerating their formats' extension fields.
 */
@Provider
public class UnknownFields implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidFieldsException(List.of(error(e)));
        }
    }

    /** The unknown field by its path, e.g. {@code body[0].colour}, and the fields its part of the article has. */
    static FieldError error(UnrecognizedPropertyException e) {
        return new FieldError(FieldPath.of(e.getPath()), AcceptedFields.notAFieldOf(e.getReferringClass()));
    }
}
