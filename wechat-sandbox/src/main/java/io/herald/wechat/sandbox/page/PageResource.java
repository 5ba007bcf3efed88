package io.herald.wechat.sandbox.page;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.herald.wechat.sandbox.draft.Draft;
import io.herald.wechat.sandbox.draft.DraftArticle;
import io.herald.wechat.sandbox.draft.DraftStore;
import io.herald.wechat.sandbox.media.MediaStore;
import io.herald.wechat.sandbox.publish.PublishJob;
import io.herald.wechat.sandbox.publish.PublishStatus;
import io.herald.wechat.sandbox.publish.PublishStore;
import io.herald.wechat.sandbox.publish.Publisher;
import io.herald.wechat.sandbox.token.Account;
import io.herald.wechat.sandbox.token.Accounts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Phone-width pages (375–414 px): {@code GET /} lists each account's drafts and published articles; {@code GET
 * /articles/{article_id}?idx=n} shows a published article and {@code GET /drafts/{media_id}?idx=n} a draft, as a
 * reader would see it in WeChat. Server-rendered with Qute; content is Herald's HTML cleaned by {@link ReaderHtml}.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PageResource {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<AccountView> accounts);

        static native TemplateInstance article(ArticleView article);
    }

    private final Accounts accounts;
    private final DraftStore drafts;
    private final PublishStore jobs;
    private final Publisher publisher;
    private final MediaStore media;

    PageResource(Accounts accounts, DraftStore drafts, PublishStore jobs, Publisher publisher, MediaStore media) {
        this.accounts = accounts;
        this.drafts = drafts;
        this.jobs = jobs;
        this.publisher = publisher;
        this.media = media;
    }

    @GET
    public String home() {
        publisher.settle();
        List<AccountView> views = accounts.all().stream().map(account -> new AccountView(account.name(),
                account.appId(),
                drafts.of(account.appId()).stream().map(draft -> new AccountView.Entry(
                        "/drafts/" + draft.mediaId(), draft.articles().get(0).title(),
                        draft.articles().size() + " article(s)", DATE.format(draft.updateTime()))).toList(),
                jobs.publishedOf(account.appId()).stream().map(job -> new AccountView.Entry(
                        "/articles/" + job.articleId(), job.articles().get(0).title(), statusOf(job),
                        DATE.format(job.finishAt()))).toList()))
                .toList();
        return Templates.home(views).render();
    }

    @GET
    @Path("/articles/{articleId}")
    public String published(@PathParam("articleId") String articleId, @QueryParam("idx") Integer idx) {
        publisher.settle();
        PublishJob job = jobs.byArticleId(articleId).orElseThrow(NotFoundException::new);
        int index = index(idx, job.articles().size());
        String notice = job.deleted(index) ? "此内容已被发布者删除 (deleted by the publisher)" : null;
        if (job.status() == PublishStatus.BANNED) {
            notice = "此内容因违规无法查看 (banned)";
        }
        return Templates.article(view("published", notice, job.appId(), job.articles().get(index - 1),
                job.finishAt())).render();
    }

    @GET
    @Path("/drafts/{mediaId}")
    public String draft(@PathParam("mediaId") String mediaId, @QueryParam("idx") Integer idx) {
        publisher.settle();
        Draft draft = drafts.find(mediaId).orElseThrow(NotFoundException::new);
        int index = index(idx, draft.articles().size());
        int dropped = draft.droppedImages().get(index - 1);
        String notice = dropped == 0 ? null
                : dropped + " image(s) not from media/uploadimg were filtered out, as WeChat does";
        return Templates.article(view("draft preview", notice, draft.appId(), draft.articles().get(index - 1),
                draft.updateTime())).render();
    }

    private ArticleView view(String kind, String notice, String appId, DraftArticle article, Instant date) {
        String account = accounts.byAppId(appId).map(Account::name).orElse(appId);
        String cover = media.material(appId, article.thumbMediaId()).map(media::url).orElse(null);
        return new ArticleView(kind, notice, account, article.title(), blankToNull(article.author()),
                DATE.format(date), blankToNull(article.digest()), cover, ReaderHtml.of(article.content()),
                blankToNull(article.contentSourceUrl()));
    }

    private static int index(Integer idx, int size) {
        int index = idx == null ? 1 : idx;
        if (index < 1 || index > size) {
            throw new NotFoundException();
        }
        return index;
    }

    private static String statusOf(PublishJob job) {
        return switch (job.status()) {
            case PublishStatus.DELETED -> "deleted";
            case PublishStatus.BANNED -> "banned";
            default -> "published";
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
