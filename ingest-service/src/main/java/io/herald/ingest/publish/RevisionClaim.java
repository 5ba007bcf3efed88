package io.herald.ingest.publish;

/** What became of one article's bid for a revision: the revision it may be published as, or a conflict. */
public sealed interface RevisionClaim {

    /**
     * The article may be published as {@code revision}.
     *
     * @param bound true when Kafka already acknowledged this content as this revision: the same event again
     */
    record Granted(PreparedArticle article, int revision, boolean bound) implements RevisionClaim {

        RevisionLedger.Entry entry() {
            return new RevisionLedger.Entry(article.articleId(), revision, article.contentSha256());
        }
    }

    /** The revision the source sent already stands for other content. */
    record Refused(RevisionConflictException conflict) implements RevisionClaim {
    }
}
