package io.herald.render.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.events.ArticleSubmitted;
import io.herald.events.PageNumbers;
import io.herald.events.Publication;
import io.herald.events.TableOfContents;
import io.herald.render.PublicUrls;
import io.herald.render.RenderConfig;
import io.herald.render.text.SiteName;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Renders a printed issue from its visible articles: the front page (masthead, 本期导读, every page's articles) and
 * each page alone ({@code templates/IssuePage/}); the body is cleaned by {@link WebHtml} like an article page's.
 */
@ApplicationScoped
public class IssuePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(IssueView issue, String title, String siteName, String canonicalUrl,
                String body);

        static native TemplateInstance content(IssueView issue);
    }

    private final PublicUrls urls;
    private final SiteName siteName;
    private final int descriptionLength;

    IssuePage(PublicUrls urls, SiteName siteName, RenderConfig config) {
        this.urls = urls;
        this.siteName = siteName;
        this.descriptionLength = config.web().descriptionLength();
    }

    /** The front page of the issue of {@code articles}: one issue's visible articles in printed order, at least one. */
    public String front(List<ArticleSubmitted> articles) {
        IssueView issue = view(articles);
        return render(issue, title(issue.publication()), issue.frontUrl());
    }

    /**
     * Page {@code pageNumber} of the issue of {@code articles}.
     *
     * @throws IssueNotFoundException if no article of {@code articles} is on that page
     */
    public String page(List<ArticleSubmitted> articles, int pageNumber) {
        IssueView partial = view(articles);
        IssueView.PageView page = partial.pages().stream().filter(p -> Objects.equals(p.number(), pageNumber))
                .findFirst().orElseThrow(() -> new IssueNotFoundException(partial.publication().name(),
                        partial.publication().issueDate(), pageNumber));
        IssueView issue = new IssueView(partial.publication(), partial.frontUrl(), partial.contents(), partial.pages(), page);
        return render(issue, title(issue.publication()) + " " + page.label(), page.url());
    }

    private String render(IssueView issue, String title, String canonicalUrl) {
        String body = WebHtml.clean(Templates.content(issue).render());
        return Templates.page(issue, title, siteName.of(issue.publication().name()), canonicalUrl, body).render();
    }

    private static String title(Publication publication) {
        return publication.name() + " " + ArticleFormat.chineseDate(publication.issueDate());
    }

    private IssueView view(List<ArticleSubmitted> articles) {
        Publication publication = articles.get(0).publication();
        String name = publication.name();
        List<IssueView.ContentsLine> contents = TableOfContents.of(articles).stream()
                .map(entry -> new IssueView.ContentsLine(entry.title(), entry.page(),
                        pageUrl(name, publication, PageNumbers.of(entry.page()))))
                .toList();
        Map<Integer, List<ArticleSubmitted>> byPage = new LinkedHashMap<>();
        for (ArticleSubmitted article : articles) {
            byPage.computeIfAbsent(PageNumbers.of(article.page()), number -> new ArrayList<>()).add(article);
        }
        List<IssueView.PageView> pages = byPage.entrySet().stream()
                .map(page -> new IssueView.PageView(page.getValue().get(0).page(), page.getKey(),
                        page.getValue().stream().map(ArticleSubmitted::section).filter(Objects::nonNull).findFirst()
                                .orElse(null),
                        pageUrl(name, publication, page.getKey()),
                        page.getValue().stream().map(this::item).toList()))
                .toList();
        return new IssueView(publication, urls.issue(name, publication.issueDate()), contents, pages, null);
    }

    private IssueView.Item item(ArticleSubmitted article) {
        return IssueView.Item.of(article, urls.article(article.articleId()), descriptionLength);
    }

    private String pageUrl(String name, Publication publication, Integer pageNumber) {
        return pageNumber == null ? null : urls.issuePage(name, publication.issueDate(), pageNumber);
    }
}
