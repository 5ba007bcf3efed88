package io.herald.ingest.api;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.auth.Caller;
import io.herald.ingest.auth.IntakeFormat;
import io.herald.ingest.publish.ArticleSubmissions;
import io.herald.ingest.publish.ArticleTooLargeException;
import io.herald.ingest.publish.RevisionConflictException;
import io.herald.service.problem.FieldError;
import io.herald.service.problem.FieldPath;
import io.herald.service.problem.InvalidFieldsException;
import io.smallrye.mutiny.Uni;

/**
 * The path every foreign format (ninjs, Superdesk) takes once read into an {@link ArticleRequest}: Herald's
 * own limits (as for {@code POST /articles}), the event, Kafka. A limit that fails is reported under the
 * format's own field name, e.g. {@code headlines} for Herald's {@code headline}.
 */
@ApplicationScoped
public class FormatIntake {

    private final Caller caller;
    private final Validator validator;
    private final ArticleSubmissions submissions;

    @Inject
    public FormatIntake(Caller caller, Validator validator, ArticleSubmissions submissions) {
        this.caller = caller;
        this.validator = validator;
        this.submissions = submissions;
    }

    /**
     * @param format       the intake, which the authenticated source must be allowed to use (else a 403)
     * @param reader       reads the body into the article model, once the source may use the intake
     * @param formatFields Herald field name → the format's name for it, for the top level of the article
     * @throws InvalidFieldsException if the body breaks its format's rules or one of Herald's limits
     */
    public Uni<SubmissionReceipt> submit(IntakeFormat format, Supplier<ArticleRequest> reader,
            Map<String, String> formatFields) {
        caller.requireFormat(format);
        ArticleRequest request = reader.get();
        Set<ConstraintViolation<ArticleRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidFieldsException(violations.stream().map(v -> fieldError(v, formatFields)).toList());
        }
        try {
            return submissions.submit(request, caller.source(), Instant.now())
                    .onFailure(RevisionConflictException.class).transform(e -> ((RevisionConflictException) e)
                            .as(formatField("revision", formatFields)))
                    .map(SubmissionReceipt::of);
        } catch (ArticleTooLargeException e) {
            throw e.field() == null ? e : e.as(formatField(e.field(), formatFields));
        }
    }

    private static String formatField(String heraldField, Map<String, String> formatFields) {
        return formatFields.getOrDefault(heraldField, heraldField);
    }

    private static FieldError fieldError(ConstraintViolation<ArticleRequest> violation, Map<String, String> formatFields) {
        String heraldPath = FieldPath.of(violation.getPropertyPath());
        String top = heraldPath == null ? null : heraldPath.split("[.\\[]", 2)[0];
        String field = top == null ? null : formatField(top, formatFields);
        return new FieldError(field, "Herald's " + heraldPath + " " + violation.getMessage());
    }
}
