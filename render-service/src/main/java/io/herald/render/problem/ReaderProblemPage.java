package io.herald.render.problem;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.herald.render.PublicUrls;
import io.herald.render.text.SiteName;
import io.herald.service.problem.Problem;
import io.herald.service.problem.ProblemPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * What a reader's browser shows for an article or issue that is not there ({@code 404}) or was withdrawn
 * ({@code 410}): a short page in Chinese with a link back to the site's home, instead of the problem's JSON
 * ({@code templates/ReaderProblemPage/}). Other problems (a bad parameter, an operator's) stay JSON.
 */
@ApplicationScoped
public class ReaderProblemPage implements ProblemPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String heading, String explanation, String siteName, String homeUrl);
    }

    private record Wording(String heading, String explanation) {
    }

    private static final Wording GONE = new Wording("文章已撤回", "这篇文章已被撤回,不再提供阅读。");
    private static final Map<URI, Wording> NOT_FOUND = Map.of(
            Problem.type("article-not-found"), new Wording("未找到文章", "这篇文章不存在,或尚未发布。"),
            Problem.type("issue-not-found"), new Wording("未找到该期报纸", "这一期或这一版暂时没有可以阅读的文章。"),
            Problem.ABOUT_BLANK, new Wording("未找到页面", "您要找的页面不存在。"));

    private final PublicUrls urls;
    private final SiteName siteName;

    ReaderProblemPage(PublicUrls urls, SiteName siteName) {
        this.urls = urls;
        this.siteName = siteName;
    }

    @Override
    public Optional<String> html(Problem problem) {
        Wording wording = switch (problem.status()) {
            case 410 -> GONE;
            case 404 -> NOT_FOUND.get(problem.type());
            default -> null;
        };
        return Optional.ofNullable(wording).map(words -> Templates
                .page(words.heading(), words.explanation(), siteName.site(), urls.home()).render());
    }
}
