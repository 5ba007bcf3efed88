package io.herald.catalog.issues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import io.herald.catalog.store.Article;
import io.herald.events.PageNumbers;
import io.herald.events.PhotoItems;
import io.herald.events.TableOfContents;
import io.herald.service.store.ReaderVisibility;

/** Printed issues as the catalog's visible articles make them up: grouped by publication and issue date. */
@ApplicationScoped
public class Issues {

    private final EntityManager entityManager;

    Issues(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The {@code limit} newest issues, of {@code publication} only when given. */
    public List<IssueSummary> latest(String publication, int limit) {
        String sql = """
                select a.publication_name, max(a.publication_name_en) as publication_name_en, a.issue_date,
                       max(a.issue_number) as issue_number, max(a.total_issue_number) as total_issue_number,
                       max(a.page_count) as page_count, count(*) as article_count
                from article a
                where a.publication_name is not null and a.issue_date is not null and %s %s
                group by a.publication_name, a.issue_date
                order by a.issue_date desc, a.publication_name
                limit :limit""".formatted(ReaderVisibility.sql("a"),
                publication == null ? "" : "and a.publication_name = :publication");
        var query = entityManager.createNativeQuery(sql, Tuple.class).setParameter("limit", limit);
        if (publication != null) {
            query.setParameter("publication", publication);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(Issues::summary).toList();
    }

    /** One issue with its pages, or empty when it has no visible article. */
    public Optional<IssueDetail> find(String publication, LocalDate issueDate) {
        @SuppressWarnings("unchecked")
        List<Article> articles = entityManager.createNativeQuery("""
                select a.* from article a
                where a.publication_name = :publication and a.issue_date = :issueDate and %s
                order by a.page_number nulls last, a.page, a.first_created nulls last, a.article_id"""
                .formatted(ReaderVisibility.sql("a")), Article.class)
                .setParameter("publication", publication)
                .setParameter("issueDate", issueDate)
                .getResultList();
        if (articles.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IssueDetail(summary(articles), contents(articles), pages(articles)));
    }

    private static IssueSummary summary(Tuple row) {
        return new IssueSummary(row.get("publication_name", String.class), row.get("publication_name_en", String.class),
                localDate(row.get("issue_date")), integer(row.get("issue_number")), integer(row.get("total_issue_number")),
                integer(row.get("page_count")), ((Number) row.get("article_count")).longValue());
    }

    private static IssueSummary summary(List<Article> articles) {
        Article first = articles.get(0);
        return new IssueSummary(first.publicationName, firstPresent(articles, a -> a.publicationNameEn),
                first.issueDate, firstPresent(articles, a -> a.issueNumber), firstPresent(articles, a -> a.totalIssueNumber),
                firstPresent(articles, a -> a.pageCount), articles.size());
    }

    private static List<IssueDetail.ContentsEntry> contents(List<Article> articles) {
        return TableOfContents.of(articles.stream().map(article -> article.document).toList()).stream()
                .map(entry -> new IssueDetail.ContentsEntry(entry.title(), entry.page(), PageNumbers.of(entry.page())))
                .toList();
    }

    private static List<IssueDetail.Page> pages(List<Article> articles) {
        Map<String, List<Article>> byPage = new LinkedHashMap<>();
        for (Article article : articles) {
            byPage.computeIfAbsent(Objects.requireNonNullElse(article.page, ""), page -> new ArrayList<>()).add(article);
        }
        return byPage.values().stream()
                .map(onPage -> new IssueDetail.Page(onPage.get(0).page, onPage.get(0).pageNumber,
                        onPage.stream().map(Issues::pageArticle).toList()))
                .toList();
    }

    private static IssueDetail.PageArticle pageArticle(Article article) {
        return new IssueDetail.PageArticle(article.articleId, article.headline, article.subheadline, article.authors,
                PhotoItems.isPhotoItem(article.document));
    }

    private static <T> T firstPresent(List<Article> articles, Function<Article, T> field) {
        return articles.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
