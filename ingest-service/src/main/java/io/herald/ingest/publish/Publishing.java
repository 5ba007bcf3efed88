package io.herald.ingest.publish;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.herald.events.ArticleSubmitted;
import io.herald.ingest.publish.RevisionClaim.Granted;
import io.herald.ingest.publish.RevisionClaim.Refused;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Publishes prepared articles ({@link ArticlePreparer}): the revision ({@link RevisionClaims}), the send
 * ({@link ArticlePublisher}), and the record that Kafka acknowledged it, which binds the revision to the content
 * ({@link RevisionLedger}). A send that fails gives its claim up, so the source's retry, with any content, may
 * take the revision. One article, several that stand or fall together, or many in chunks (claim, send, bind).
 */
@ApplicationScoped
public class Publishing {

    private static final Logger LOG = Logger.getLogger(Publishing.class);

    private final RevisionClaims claims;
    private final RevisionLedger ledger;
    private final ArticlePublisher publisher;

    @Inject
    public Publishing(RevisionClaims claims, RevisionLedger ledger, ArticlePublisher publisher) {
        this.claims = claims;
        this.ledger = ledger;
        this.publisher = publisher;
    }

    /**
     * One article, all the way: fails with {@link RevisionConflictException}, {@link PublishFailedException} or,
     * if Kafka refuses the record as too large, {@link ArticleTooLargeException}.
     */
    public Uni<Accepted> submit(PreparedArticle article) {
        return blocking(() -> granted(claims.claim(List.of(article)).get(0)))
                .chain(this::send)
                .chain(accepted -> blocking(() -> bound(accepted)));
    }

    /**
     * Several articles that stand or fall together at the revision stage: if one's revision is refused, none is
     * sent and the conflict naming the highest next revision fails the Uni. Each is then sent; the list holds
     * what Kafka acknowledged, in order, and null where a send failed with {@link PublishFailedException}.
     */
    public Uni<List<Accepted>> submitTogether(List<PreparedArticle> articles) {
        return blocking(() -> allGranted(claims.claim(articles)))
                .chain(granted -> Uni.join().all(granted.stream()
                        .map(claim -> send(claim).onFailure(PublishFailedException.class).recoverWithNull())
                        .toList()).andFailFast())
                .chain(sent -> blocking(() -> {
                    List<Accepted> acknowledged = sent.stream().filter(Objects::nonNull).toList();
                    bind(acknowledged).values().stream().findFirst().ifPresent(conflict -> {
                        throw conflict;
                    });
                    return sent;
                }));
    }

    /** The granted claims, or, if any was refused, none: the others are given up and the conflict thrown. */
    private List<Granted> allGranted(List<RevisionClaim> claimed) {
        List<RevisionConflictException> conflicts = claimed.stream().filter(Refused.class::isInstance)
                .map(claim -> ((Refused) claim).conflict()).toList();
        List<Granted> granted = claimed.stream().filter(Granted.class::isInstance).map(Granted.class::cast).toList();
        if (conflicts.isEmpty()) {
            return granted;
        }
        granted.forEach(this::release);
        throw conflicts.stream().max(Comparator.comparingInt(RevisionConflictException::nextRevision)).orElseThrow();
    }

    /** Revisions for several articles in a few statements, in order (see {@link RevisionClaims#claim}); blocking. */
    public List<RevisionClaim> claim(List<PreparedArticle> articles) {
        return claims.claim(articles);
    }

    /** Sends a granted article; a failed send gives up its claim (blocking, on a worker thread). */
    public Uni<Accepted> send(Granted claim) {
        ArticleSubmitted article = claim.article().eventAt().apply(claim.revision());
        return publisher.publish(article, claim.article().receivedAt())
                .onFailure().call(() -> blocking(() -> {
                    release(claim);
                    return null;
                }))
                .map(event -> new Accepted(article, event, claim));
    }

    /** Gives up a claim that will not be sent (or whose send failed); a bound revision stays bound. */
    public void release(Granted claim) {
        if (claim.bound()) {
            return;
        }
        try {
            ledger.release(claim.entry());
        } catch (PublishFailedException e) {
            LOG.warnf("The claim on revision %d of %s stays until herald.ingest.revision-claim-timeout: %s",
                    claim.revision(), claim.article().articleId(), e.getMessage());
        }
    }

    /**
     * Binds the acknowledged revisions to their contents (blocking): only then is a submission accepted.
     *
     * @return the conflicts, by article id, of those that another content took meanwhile (its claim timed out)
     */
    public Map<String, RevisionConflictException> bind(List<Accepted> acknowledged) {
        List<RevisionLedger.Entry> unbound = acknowledged.stream().filter(accepted -> !accepted.claim().bound())
                .map(accepted -> accepted.claim().entry()).distinct().toList();
        Set<RevisionLedger.Entry> bound = ledger.acknowledge(unbound);
        Map<String, RevisionConflictException> conflicts = new HashMap<>();
        for (RevisionLedger.Entry entry : unbound) {
            if (!bound.contains(entry)) {
                LOG.warnf("Kafka acknowledged revision %d of %s after its claim timed out and other content took "
                        + "it; answering 409. Raise herald.ingest.revision-claim-timeout above the longest send.",
                        entry.revision(), entry.articleId());
                conflicts.put(entry.articleId(),
                        new RevisionConflictException(entry.articleId(), entry.revision(), entry.revision() + 1));
            }
        }
        return conflicts;
    }

    private Accepted bound(Accepted accepted) {
        RevisionConflictException conflict = bind(List.of(accepted)).get(accepted.article().articleId());
        if (conflict != null) {
            throw conflict;
        }
        return accepted;
    }

    private static Granted granted(RevisionClaim claim) {
        if (claim instanceof Refused refused) {
            throw refused.conflict();
        }
        return (Granted) claim;
    }

    private static <T> Uni<T> blocking(Supplier<T> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
