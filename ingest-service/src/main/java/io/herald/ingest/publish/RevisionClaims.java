package io.herald.ingest.publish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.herald.ingest.publish.RevisionClaim.Granted;
import io.herald.ingest.publish.RevisionClaim.Refused;
import io.herald.ingest.publish.RevisionLedger.Acknowledged;
import io.herald.ingest.publish.RevisionLedger.Entry;
import io.herald.ingest.publish.RevisionLedger.Holder;

/**
 * Herald's rule for {@code revision}; downstream keeps one content per (article, revision), so a revision never
 * stands for two contents:
 * <ul>
 * <li>revision given: the same content as Kafka acknowledged for it is the same event again; other content is a
 * conflict (409, naming the next revision); a revision nobody holds is claimed;</li>
 * <li>revision absent: the same content as the article's highest acknowledged revision is that revision again
 * (a retry); other content is the next revision (a correction, which wins downstream); a new article is 1.</li>
 * </ul>
 * Only Kafka's acknowledgement binds a revision to content; until then it is a claim in {@link RevisionLedger},
 * which a failed send gives up. Two instances with the same content share a claim (and publish the same event);
 * different contents racing for one revision: one claims it, the other gets the conflict (or, with no revision
 * given, the next revision).
 */
@ApplicationScoped
public class RevisionClaims {

    /** Bids a revision-less article makes before giving up (each lost to a racing submission of the same article). */
    private static final int MAX_ROUNDS = 8;

    private final RevisionLedger ledger;

    @Inject
    public RevisionClaims(RevisionLedger ledger) {
        this.ledger = ledger;
    }

    /** One bid: an article at a candidate revision. */
    private record Bid(int index, PreparedArticle article, int revision) {

        Entry entry() {
            return new Entry(article.articleId(), revision, article.contentSha256());
        }
    }

    /**
     * Resolves and claims each article's revision, in a few batched statements. Blocking. An article that comes
     * again in the list bids after its earlier occurrence claimed, as if it had been sent after it.
     *
     * @return one claim per article, in order
     */
    public List<RevisionClaim> claim(List<PreparedArticle> articles) {
        RevisionClaim[] claims = new RevisionClaim[articles.size()];
        List<Integer> waiting = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            waiting.add(i);
        }
        while (!waiting.isEmpty()) {
            Set<String> ids = new HashSet<>();
            List<Integer> layer = new ArrayList<>();
            List<Integer> later = new ArrayList<>();
            for (int index : waiting) {
                (ids.add(articles.get(index).articleId()) ? layer : later).add(index);
            }
            claimDistinct(articles, layer, claims);
            waiting = later;
        }
        return List.of(claims);
    }

    /** Claims the articles at {@code indexes}, whose ids are distinct. */
    private void claimDistinct(List<PreparedArticle> articles, List<Integer> indexes, RevisionClaim[] claims) {
        Map<String, Acknowledged> highest = ledger.highestAcknowledged(indexes.stream().map(articles::get)
                .filter(article -> article.requestedRevision() == null).map(PreparedArticle::articleId).toList());
        List<Bid> bids = new ArrayList<>();
        for (int i : indexes) {
            PreparedArticle article = articles.get(i);
            Acknowledged latest = highest.get(article.articleId());
            if (article.requestedRevision() != null) {
                bids.add(new Bid(i, article, article.requestedRevision()));
            } else if (latest == null) {
                bids.add(new Bid(i, article, 1));
            } else if (latest.contentSha256().equals(article.contentSha256())) {
                claims[i] = new Granted(article, latest.revision(), true);
            } else {
                bids.add(new Bid(i, article, latest.revision() + 1));
            }
        }
        List<Bid> lost = new ArrayList<>();
        for (int round = 0; round < MAX_ROUNDS && !bids.isEmpty(); round++) {
            bids = bidOnce(bids, claims, lost);
        }
        lost.addAll(bids);
        refuse(lost, claims);
    }

    /** Claims the bids; returns those to make again at the next revision (or the same, if its holder left). */
    private List<Bid> bidOnce(List<Bid> bids, RevisionClaim[] claims, List<Bid> lost) {
        Set<String> claimed = ledger.claim(bids.stream().map(Bid::entry).toList());
        List<Bid> unclaimed = bids.stream().filter(bid -> !claimed.contains(bid.article().articleId())).toList();
        bids.stream().filter(bid -> claimed.contains(bid.article().articleId()))
                .forEach(bid -> claims[bid.index()] = new Granted(bid.article(), bid.revision(), false));
        if (unclaimed.isEmpty()) {
            return List.of();
        }
        Map<String, Holder> holders = ledger.holders(unclaimed.stream().map(Bid::entry).toList());
        List<Bid> again = new ArrayList<>();
        for (Bid bid : unclaimed) {
            Holder holder = holders.get(bid.article().articleId());
            if (holder == null) {
                again.add(bid);
            } else if (holder.contentSha256().equals(bid.article().contentSha256())) {
                claims[bid.index()] = new Granted(bid.article(), bid.revision(), holder.acknowledged());
            } else if (bid.article().requestedRevision() != null) {
                lost.add(bid);
            } else {
                again.add(new Bid(bid.index(), bid.article(), bid.revision() + 1));
            }
        }
        return again;
    }

    private void refuse(List<Bid> lost, RevisionClaim[] claims) {
        if (lost.isEmpty()) {
            return;
        }
        Map<String, Integer> taken = ledger.highestTaken(lost.stream().map(bid -> bid.article().articleId()).toList());
        for (Bid bid : lost) {
            int highest = Math.max(bid.revision(), Objects.requireNonNullElse(taken.get(bid.article().articleId()), 0));
            claims[bid.index()] = new Refused(
                    new RevisionConflictException(bid.article().articleId(), bid.revision(), highest + 1));
        }
    }
}
