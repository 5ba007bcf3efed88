package io.herald.ingest.api;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import io.herald.service.problem.FieldError;
import io.herald.ingest.article.ArticleRequest;
import io.herald.ingest.auth.Caller;
import io.herald.ingest.auth.IntakeFormat;
import io.herald.ingest.bulk.BulkConfig;
import io.herald.ingest.bulk.BulkReceipt;
import io.herald.ingest.bulk.BulkSubmission;
import io.herald.ingest.bulk.LineResult;
import io.herald.ingest.bulk.SendWindow;
import io.herald.ingest.metrics.IngestMetrics;
import io.herald.ingest.publish.Accepted;
import io.herald.ingest.publish.ArticlePreparer;
import io.herald.ingest.publish.ArticleTooLargeException;
import io.herald.ingest.publish.PreparedArticle;
import io.herald.ingest.publish.Publishing;
import io.herald.ingest.publish.RevisionConflictException;
import io.herald.service.problem.InvalidFieldsException;
import io.smallrye.mutiny.Uni;

/**
 * The one path of every intake, once it has read its body into {@link ArticleRequest}s: the source may use the
 * intake ({@link #open}); each article keeps Herald's rules, every broken one named as the intake names the field
 * ({@link #check}); it becomes its event, is published under its revision, and is answered with what Kafka holds.
 * JSON, ninjs and Superdesk send one article ({@link #submit}, {@link #publish}), a page several that stand or fall
 * together ({@link #publishTogether}), bulk many that each stand alone ({@link #submitEach}). What was accepted is
 * counted once bound to its revision ({@link IngestMetrics}).
 */
@ApplicationScoped
public class Submissions {

    private final Caller caller;
    private final Validator validator;
    private final ArticlePreparer preparer;
    private final Publishing publishing;
    private final SendWindow window;
    private final BulkConfig bulk;
    private final IngestMetrics metrics;

    @Inject
    public Submissions(Caller caller, Validator validator, ArticlePreparer preparer, Publishing publishing,
            SendWindow window, BulkConfig bulk, IngestMetrics metrics) {
        this.caller = caller;
        this.validator = validator;
        this.preparer = preparer;
        this.publishing = publishing;
        this.window = window;
        this.bulk = bulk;
        this.metrics = metrics;
    }

    /**
     * A request by {@code format}, received now, whose answers name fields by {@code names}.
     *
     * @throws jakarta.ws.rs.ForbiddenException unless the authenticated source may use {@code format}
     */
    public Intake open(IntakeFormat format, FieldNames names) {
        caller.requireFormat(format);
        return new Intake(format, caller.source(), names, Instant.now());
    }

    /** @throws InvalidFieldsException naming, as {@code names} do, every rule of Herald's the article breaks */
    public void check(FieldNames names, ArticleRequest article) {
        check(names, List.of(article));
    }

    /** @throws InvalidFieldsException naming every rule of Herald's that any of the articles breaks */
    public void check(FieldNames names, List<ArticleRequest> articles) {
        List<FieldError> errors = articles.stream().flatMap(article -> errors(names, article).stream()).toList();
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    /** One article that its intake read after {@link #open}: {@link #check}ed, then {@link #publish}ed. */
    public Uni<SubmissionReceipt> submit(Intake intake, ArticleRequest article) {
        check(intake.names(), article);
        return publish(intake, article);
    }

    /**
     * One checked article: its event, published; the receipt once Kafka acknowledged it.
     *
     * @throws ArticleTooLargeException if its event is larger than Herald carries (or fails with it, if Kafka says so)
     */
    public Uni<SubmissionReceipt> publish(Intake intake, ArticleRequest article) {
        return publishing.submit(prepare(intake, article))
                .invoke(accepted -> metrics.accepted(intake.format(), 1, intake.receivedAt()))
                .onFailure(RevisionConflictException.class).transform(e -> conflict(intake, e))
                .map(SubmissionReceipt::of);
    }

    /**
     * Checked articles that stand or fall together at the revision stage (see {@link Publishing#submitTogether}):
     * what Kafka acknowledged, in order, and null where a send failed.
     *
     * @throws ArticleTooLargeException if one of them is larger than Herald carries: then none is sent
     */
    public Uni<List<Accepted>> publishTogether(Intake intake, List<ArticleRequest> articles) {
        List<PreparedArticle> prepared = articles.stream().map(article -> prepare(intake, article)).toList();
        return publishing.submitTogether(prepared)
                .invoke(sent -> metrics.accepted(intake.format(), (int) sent.stream().filter(Objects::nonNull).count(),
                        intake.receivedAt()))
                .onFailure(RevisionConflictException.class).transform(e -> conflict(intake, e));
    }

    /**
     * A bulk request: each line's article checked and published on its own (a bad line is that line's error), the
     * sends pipelined; the receipt once every line's send was acknowledged or timed out. Reads the source only from
     * {@code intake}: the request-scoped caller is not reliably resolvable while the body is being streamed.
     */
    public BulkReceipt submitEach(Intake intake, ArticleLines lines) throws IOException, InterruptedException {
        BulkSubmission sends = new BulkSubmission(publishing, window, bulk.chunkSize());
        for (ArticleLines.Line line = lines.next(); line != null; line = lines.next()) {
            List<FieldError> errors = line.article() == null ? line.errors() : lineErrors(intake, line.article());
            if (errors.isEmpty()) {
                try {
                    sends.submit(line.number(), prepare(intake, line.article()));
                    continue;
                } catch (ArticleTooLargeException e) {
                    errors = List.of(new FieldError(e.field(), e.rule()));
                }
            }
            sends.add(LineResult.invalid(line.number(), errors));
        }
        BulkReceipt receipt = BulkReceipt.of(sends.awaitAll());
        metrics.accepted(intake.format(), receipt.accepted(), intake.receivedAt());
        int invalid = (int) receipt.lines().stream().filter(line -> line.errors() != null).count();
        metrics.refusedLines(invalid, receipt.rejected() - invalid);
        return receipt;
    }

    /** A line may not name another source; that is its error, as its other fields' are, not the request's. */
    private List<FieldError> lineErrors(Intake intake, ArticleRequest article) {
        if (article.source() != null && !article.source().equals(intake.source())) {
            return List.of(new FieldError("source", "must be absent or the authenticated source " + intake.source()));
        }
        return errors(intake.names(), article);
    }

    private List<FieldError> errors(FieldNames names, ArticleRequest article) {
        return validator.validate(article).stream().map(names::error).toList();
    }

    /** @throws ArticleTooLargeException naming the largest field as the intake names it */
    private PreparedArticle prepare(Intake intake, ArticleRequest article) {
        try {
            return preparer.prepare(article, intake.source(), intake.receivedAt());
        } catch (ArticleTooLargeException e) {
            throw e.field() == null ? e : e.as(intake.names().field(e.field()));
        }
    }

    private static RevisionConflictException conflict(Intake intake, Throwable conflict) {
        return ((RevisionConflictException) conflict).as(intake.names().field("revision"));
    }
}
