package io.herald.console.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** catalog-service's API as the console uses it: articles, revisions, search, dead letters, rebuild. */
@ApplicationScoped
public class CatalogApi {

    /** The most letters {@code GET /dead-letters} lists. */
    public static final int MAX_DEAD_LETTERS = 1000;

    private final ServiceCalls calls;

    CatalogApi(ServiceCalls calls) {
        this.calls = calls;
    }

    /** One revision the catalog recorded. */
    public record Revision(int revision, String eventId, String pubStatus, Instant versionCreated,
            Instant recordedAt) {
    }

    /** Every revision of one article, oldest first. */
    public record Revisions(String articleId, List<Revision> revisions) {
    }

    /** The current revision of an article readers may see. */
    public record Article(String articleId, int revision, String headline, String pubStatus, String section,
            String page, String eventId, Instant updatedAt) {
    }

    /** One article a search found. */
    public record Hit(String articleId, int revision, String headline, String snippet, String section, String page,
            String publication, LocalDate issueDate, Instant versionCreated) {
    }

    /** One page of a search. */
    public record SearchResult(long total, List<Hit> hits) {
    }

    /** The last time the catalog applied one of its dead letters again. */
    public record LastRedrive(String outcome, String reason, int attempts, Instant attemptedAt) {
    }

    /** One of the catalog's dead letters as it lists them, with its re-drive state. */
    public record DeadLetter(int partition, long offset, boolean redriven, LastRedrive lastRedrive) {
    }

    /** What re-driving one letter did: outcome current, history or duplicate when applied, failed otherwise. */
    public record RedriveResult(int partition, long offset, String key, String eventId, String outcome,
            String reason) {
    }

    /** What re-driving every pending letter did. */
    public record BulkRedrive(int attempted, int redriven, int failed, List<RedriveResult> letters) {
    }

    /** How far a rebuild got in one partition. */
    public record PartitionProgress(int partition, long position, long endOffset) {
    }

    /** A record a rebuild could not apply. */
    public record RebuildFailure(int partition, long offset, String key, String reason) {
    }

    /** The running or last rebuild of the catalog instance that answered. */
    public record RebuildStatus(String state, String groupId, Instant startedAt, Instant finishedAt, long records,
            long current, long history, long duplicates, long failed, List<RebuildFailure> failures,
            List<PartitionProgress> partitions, String error) {
    }

    /** {@code GET /articles/{id}/revisions}; empty when the catalog has no such article. */
    public Optional<Revisions> revisions(String articleId) {
        return calls.get(HeraldService.CATALOG, "/articles/" + ServiceCalls.segment(articleId) + "/revisions",
                Map.of(), Revisions.class).found();
    }

    /** {@code GET /articles/{id}}: the article while readers may see it; otherwise the answer says why not. */
    public ServiceAnswer<Article> article(String articleId) {
        return calls.get(HeraldService.CATALOG, "/articles/" + ServiceCalls.segment(articleId), Map.of(),
                Article.class);
    }

    /** {@code GET /articles?q=}: the visible articles matching {@code words}, best first. */
    public SearchResult search(String words, int limit) {
        return calls.get(HeraldService.CATALOG, "/articles", Map.of("q", words, "limit", String.valueOf(limit)),
                SearchResult.class).orThrow();
    }

    /** {@code GET /dead-letters}: the catalog's letters (its first {@link #MAX_DEAD_LETTERS}) with their re-drive state. */
    public List<DeadLetter> deadLetters() {
        return List.of(calls.get(HeraldService.CATALOG, "/dead-letters",
                Map.of("limit", String.valueOf(MAX_DEAD_LETTERS)), DeadLetter[].class).orThrow());
    }

    /** {@code POST /dead-letters/{partition}/{offset}/redrive}: 200 applied, 422 still failing, 409 done before. */
    public ServiceAnswer<RedriveResult> redrive(int partition, long offset) {
        return calls.post(HeraldService.CATALOG, "/dead-letters/" + partition + "/" + offset + "/redrive", Map.of(),
                RedriveResult.class);
    }

    /** {@code POST /dead-letters/redrive}: every letter not applied yet. */
    public BulkRedrive redriveAll() {
        return calls.post(HeraldService.CATALOG, "/dead-letters/redrive", Map.of(), BulkRedrive.class).orThrow();
    }

    /** {@code GET /admin/rebuild}; empty when none ran on the instance that answered. */
    public Optional<RebuildStatus> rebuild() {
        return calls.get(HeraldService.CATALOG, "/admin/rebuild", Map.of(), RebuildStatus.class).found();
    }

    /** {@code POST /admin/rebuild}: 202 started, 409 when one runs. */
    public ServiceAnswer<RebuildStatus> startRebuild() {
        return calls.post(HeraldService.CATALOG, "/admin/rebuild", Map.of(), RebuildStatus.class);
    }
}
