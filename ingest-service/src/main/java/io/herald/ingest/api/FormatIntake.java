package io.herald.ingest.api;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.herald.events.ArticleSubmitted;
import io.herald.ingest.api.Problem.FieldError;
import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.article.ArticleRequestMapper;
import io.herald.ingest.auth.Caller;
import io.herald.ingest.auth.IntakeFormat;
import io.herald.ingest.publish.ArticlePublisher;
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
    private final ArticleRequestMapper mapper;
    private final ArticlePublisher publisher;

    @Inject
    public FormatIntake(Caller caller, Validator validator, ArticleRequestMapper mapper, ArticlePublisher publisher) {
        this.caller = caller;
        this.validator = validator;
        this.mapper = mapper;
        this.publisher = publisher;
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
        Instant now = Instant.now();
        ArticleSubmitted article = mapper.toEvent(request, caller.source(), now);
        return publisher.publish(article, now)
                .map(event -> new SubmissionReceipt(article.articleId(), article.revision(), event.id()));
    }

    private static FieldError fieldError(ConstraintViolation<ArticleRequest> violation, Map<String, String> formatFields) {
        String heraldPath = FieldPath.of(violation.getPropertyPath());
        String top = heraldPath == null ? null : heraldPath.split("[.\\[]", 2)[0];
        String field = formatFields.getOrDefault(top, top);
        return new FieldError(field, "Herald's " + heraldPath + " " + violation.getMessage());
    }
}
