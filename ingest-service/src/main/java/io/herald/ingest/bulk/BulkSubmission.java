package io.herald.ingest.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.jboss.logging.Logger;

import io.herald.ingest.publish.Accepted;
import io.herald.ingest.publish.ArticleTooLargeException;
import io.herald.ingest.publish.PreparedArticle;
import io.herald.ingest.publish.PublishFailedException;
import io.herald.ingest.publish.Publishing;
import io.herald.ingest.publish.RevisionClaim;
import io.herald.ingest.publish.RevisionClaim.Granted;
import io.herald.ingest.publish.RevisionClaim.Refused;
import io.herald.ingest.publish.RevisionConflictException;
import io.herald.service.problem.FieldError;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The articles of one bulk request, in chunks: each chunk's revisions are claimed together (a few statements),
 * its sends are pipelined through the shared {@link SendWindow} without awaiting each other, and once they all
 * came back, the acknowledged ones are bound together. {@link #awaitAll} gives every line's result in line order.
 */
public final class BulkSubmission {

    private static final Logger LOG = Logger.getLogger(BulkSubmission.class);

    private record Line(int number, PreparedArticle article, CompletableFuture<LineResult> result) {
    }

    private final Publishing publishing;
    private final SendWindow window;
    private final int chunkSize;
    private final List<CompletableFuture<LineResult>> results = new ArrayList<>();
    private final List<Line> chunk = new ArrayList<>();

    public BulkSubmission(Publishing publishing, SendWindow window, int chunkSize) {
        this.publishing = publishing;
        this.window = window;
        this.chunkSize = chunkSize;
    }

    /** Records a line that is not sent. */
    public void add(LineResult result) {
        results.add(CompletableFuture.completedFuture(result));
    }

    /** Queues an article; a full chunk is claimed and sent (blocking while the window is full). */
    public void submit(int number, PreparedArticle article) throws InterruptedException {
        Line line = new Line(number, article, new CompletableFuture<>());
        results.add(line.result());
        chunk.add(line);
        if (chunk.size() >= chunkSize) {
            flush();
        }
    }

    public boolean isEmpty() {
        return results.isEmpty();
    }

    /** Sends what is queued and waits for every line's result (each send is bounded by the publish timeout). */
    public List<LineResult> awaitAll() throws InterruptedException {
        flush();
        return results.stream().map(CompletableFuture::join).toList();
    }

    private void flush() throws InterruptedException {
        if (chunk.isEmpty()) {
            return;
        }
        List<Line> lines = List.copyOf(chunk);
        chunk.clear();
        List<RevisionClaim> claims;
        try {
            claims = publishing.claim(lines.stream().map(Line::article).toList());
        } catch (PublishFailedException e) {
            lines.forEach(line -> line.result().complete(LineResult.notAcknowledged(line.number())));
            return;
        }
        List<Line> sentLines = new ArrayList<>();
        List<CompletableFuture<Accepted>> sends = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (claims.get(i) instanceof Refused refused) {
                line.result().complete(conflict(line, refused.conflict()));
            } else {
                sentLines.add(line);
                sends.add(window.send(publishing.send((Granted) claims.get(i))));
            }
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                .handleAsync((ignored, failure) -> bind(sentLines, sends), Infrastructure.getDefaultWorkerPool());
    }

    /** Binds the chunk's acknowledged sends and completes each sent line. */
    private Void bind(List<Line> lines, List<CompletableFuture<Accepted>> sends) {
        List<Accepted> acknowledged = sends.stream().filter(send -> !send.isCompletedExceptionally())
                .map(CompletableFuture::join).toList();
        Map<String, RevisionConflictException> conflicts;
        try {
            conflicts = publishing.bind(acknowledged);
        } catch (RuntimeException e) {
            // Not bound, so not accepted: the client sends these lines again (PublishFailedException logged why).
            if (!(e instanceof PublishFailedException)) {
                LOG.errorf(e, "Could not record Kafka's acknowledgement of %d bulk line(s); answering them "
                        + "\"not acknowledged\"", lines.size());
            }
            lines.forEach(line -> line.result().complete(LineResult.notAcknowledged(line.number())));
            return null;
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            line.result().complete(result(line, sends.get(i), conflicts));
        }
        return null;
    }

    private static LineResult result(Line line, CompletableFuture<Accepted> send,
            Map<String, RevisionConflictException> conflicts) {
        Accepted accepted;
        try {
            accepted = send.join();
        } catch (CompletionException e) {
            return e.getCause() instanceof ArticleTooLargeException tooLarge
                    ? LineResult.invalid(line.number(), List.of(new FieldError(tooLarge.field(), tooLarge.rule())))
                    : LineResult.notAcknowledged(line.number());
        }
        RevisionConflictException conflict = conflicts.get(accepted.article().articleId());
        if (conflict != null && conflict.revision() == accepted.article().revision()) {
            return conflict(line, conflict);
        }
        return LineResult.accepted(line.number(), accepted.article().articleId(), accepted.article().revision(),
                accepted.event().id());
    }

    private static LineResult conflict(Line line, RevisionConflictException conflict) {
        return LineResult.invalid(line.number(), List.of(new FieldError(conflict.field(), conflict.rule())));
    }
}
