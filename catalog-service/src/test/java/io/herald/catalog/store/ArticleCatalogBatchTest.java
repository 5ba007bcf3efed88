package io.herald.catalog.store;

import static io.herald.catalog.testing.SampleArticles.FORUM_HEADLINE;
import static io.herald.catalog.testing.SampleArticles.forumReport;
import static io.herald.catalog.testing.SampleArticles.newArticleId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.SubmittedEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** One batch in one transaction has the effects its events would have one transaction each. */
@QuarkusTest
@RealBrokerAndDatabase
class ArticleCatalogBatchTest {

    @Inject
    ArticleCatalog catalog;
    @Inject
    ArticleRepository articles;
    @Inject
    ArticleRevisionRepository revisions;

    @Test
    void batchAppliesRevisionsInOrderAndSkipsWhatItAlreadyHas() {
        String first = newArticleId();
        String second = newArticleId();
        SubmittedEvent revision2 = new SubmittedEvent("e2-" + first, forumReport(first, 2, "修订:" + FORUM_HEADLINE));
        SubmittedEvent revision1 = new SubmittedEvent("e1-" + first, forumReport(first, 1, FORUM_HEADLINE));
        SubmittedEvent revision3 = new SubmittedEvent("e3-" + first, forumReport(first, 3, "再修订:" + FORUM_HEADLINE));
        SubmittedEvent other = new SubmittedEvent("e1-" + second, forumReport(second));

        List<ApplyOutcome> outcomes = inTransaction(() -> catalog.applyAll(
                List.of(revision2, revision1, revision2, revision3, other,
                        new SubmittedEvent("e3-again-" + first, forumReport(first, 3, "重发")))));

        assertEquals(List.of(ApplyOutcome.CURRENT, ApplyOutcome.HISTORY, ApplyOutcome.DUPLICATE,
                ApplyOutcome.CURRENT, ApplyOutcome.CURRENT, ApplyOutcome.DUPLICATE), outcomes);
        assertEquals(3, inTransaction(() -> articles.findById(first).revision));
        assertEquals("再修订:" + FORUM_HEADLINE, inTransaction(() -> articles.findById(first).headline));
        assertEquals(1, inTransaction(() -> articles.findById(second).revision));
        assertEquals(List.of(1, 2, 3), revisions.history(first).stream().map(RevisionEntry::revision).toList());
        assertEquals(List.of(revision1.eventId(), revision2.eventId(), revision3.eventId()),
                revisions.history(first).stream().map(RevisionEntry::eventId).toList());

        assertEquals(List.of(ApplyOutcome.DUPLICATE, ApplyOutcome.DUPLICATE),
                inTransaction(() -> catalog.applyAll(List.of(revision1, other))));
        assertEquals(ApplyOutcome.CURRENT, inTransaction(() -> catalog.apply("e4-" + first,
                forumReport(first, 4, FORUM_HEADLINE))));
        assertEquals(4, inTransaction(() -> articles.findById(first).revision));
    }

    private static <T> T inTransaction(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}
