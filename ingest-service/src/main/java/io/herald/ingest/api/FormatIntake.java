package io.herald.ingest.api;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.herald.events.ArticleSubmitted;
import io.herald.ingest.api.Problem.FieldError;
import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.article.ArticleRequestMapper;
import io.herald.ingest.publish.ArticlePublisher;
import io.smallrye.mutiny.Uni;

/**
 * The path every foreign format (ninjs, Superdesk) takes once read into an {@link ArticleRequest}: Herald's
 * own limits (as for {@code POST /articles}), the event, Kafka. A limit that fails is reported under the
 * format's own field name, e.g. {@code headlines} for Herald's {@code headline}.
 */
@ApplicationScoped
public class FormatIntake {

    private final Validator validator;
    private final ArticleRequestMapper mapper;
    private final ArticlePublisher publisher;

    @Inject
    public FormatIntake(Validator validator, ArticleRequestMapper mapper, ArticlePublisher publisher) {
        this.validator = validator;
        this.mapper = mapper;
        this.publisher = publisher;
    }

    /**
     * @param formatFields Herald field name → the format's name for it, for the top level of the article
     * @throws InvalidFieldsException if the article breaks one of Herald's limits
     */
    public Uni<SubmissionReceipt> submit(ArticleRequest request, Map<String, String> formatFields) {
        Set<ConstraintViolation<ArticleRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidFieldsException(violations.stream().map(v -> fieldError(v, formatFields)).toList());
        }
        Instant now = Instant.now();
        ArticleSubmitted article = mapper.toEvent(request, now);
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
