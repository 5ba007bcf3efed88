package io.herald.catalog.issues;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.herald.catalog.testing.ArticlesTopic;
import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
import io.herald.events.Contributor;
import io.herald.events.Image;
import io.herald.events.PubStatus;
import io.herald.events.Publication;
import io.herald.events.RelatedEntry;
import io.herald.events.Source;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@RealBrokerAndDatabase
class IssueResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final LocalDate APRIL_6 = LocalDate.of(2026, 4, 6);
    private static final LocalDate MARCH_30 = LocalDate.of(2026, 3, 30);
    private static final LocalDate MARCH_23 = LocalDate.of(2026, 3, 23);
    private static final RelatedEntry DEVELOPMENT_ZONES = new RelatedEntry("开发区规范提升要敢于“亮牌”", "02版");
    private static final RelatedEntry SIX_G = new RelatedEntry("6G发展提速 产业新图景渐显", "11版");
    private static final RelatedEntry NEW_FORCES = new RelatedEntry("新质生产力观察", "03版");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** A publication of this test only, so that other tests' articles never count. */
    private final String paper = "测试导报-" + UUID.randomUUID().toString().substring(0, 8);
    private final String forum = id("forum");
    private final String photo = id("photo");
    private final String zones = id("zones");
    private final String killed = id("killed");
    private final String embargoed = id("embargoed");
    private final String lastWeek = id("last-week");
    private final String killedAlone = id("killed-alone");

    @Test
    void issuesAreListedNewestFirstWithTheirVisibleArticles() {
        submitIssues();

        given().queryParam("publication", paper)
                .when().get("/issues")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("issueDate", contains("2026-04-06", "2026-03-30"))
                .body("[0].publication", equalTo(paper))
                .body("[0].publicationEn", equalTo("TEST HERALD"))
                .body("[0].issueNumber", equalTo(12))
                .body("[0].totalIssueNumber", equalTo(2664))
                .body("[0].pageCount", equalTo(16))
                .body("[0].articleCount", equalTo(3))
                .body("[1].issueNumber", equalTo(11))
                .body("[1].articleCount", equalTo(1));
        given().queryParam("publication", paper).queryParam("limit", 1)
                .when().get("/issues")
                .then().statusCode(200)
                .body("issueDate", contains("2026-04-06"));
        given().queryParam("limit", 100)
                .when().get("/issues")
                .then().statusCode(200)
                .body("publication", hasItem(paper));
    }

    @Test
    void issueHasItsPagesInOrderWithPhotoItemsAndContentsButNoHiddenArticles() {
        submitIssues();

        given().when().get("/issues/{publication}/{date}", paper, "2026-04-06")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("publication", equalTo(paper))
                .body("issueDate", equalTo("2026-04-06"))
                .body("totalIssueNumber", equalTo(2664))
                .body("articleCount", equalTo(3))
                .body("pages.page", contains("01版", "02版"))
                .body("pages.pageNumber", contains(1, 2))
                .body("pages[0].articles.articleId", contains(forum, photo))
                .body("pages[0].articles[0].headline", equalTo("2026中关村论坛年会集中发布21项重大科技成果"))
                .body("pages[0].articles[0].subheadline", equalTo("4类21项成果集中亮相"))
                .body("pages[0].articles[0].authors", contains("张伟"))
                .body("pages[0].articles[0].photo", equalTo(false))
                .body("pages[0].articles[1].photo", equalTo(true))
                .body("pages[0].articles[1].authors", contains("刘甲"))
                .body("pages[1].articles.articleId", contains(zones))
                .body("pages[1].articles[0].authors", contains("姚雯", "李明"))
                .body("contents.title", contains(DEVELOPMENT_ZONES.title(), SIX_G.title(), NEW_FORCES.title()))
                .body("contents.page", contains("02版", "11版", "03版"))
                .body("contents.pageNumber", contains(2, 11, 3));
        given().urlEncodingEnabled(false)
                .when().get("/issues/" + URLEncoder.encode(paper, StandardCharsets.UTF_8)
                        + "/2026-03-30")
                .then().statusCode(200)
                .body("pages[0].articles.articleId", contains(lastWeek));
    }

    @Test
    void issueWhoseArticlesAreAllKilledIsNeitherListedNorFound() {
        submitIssues();

        given().queryParam("publication", paper)
                .when().get("/issues")
                .then().statusCode(200)
                .body("issueDate", contains("2026-04-06", "2026-03-30"));
        given().when().get("/issues/{publication}/{date}", paper, MARCH_23.toString())
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:herald:problem:not-found"))
                .body("detail", containsString(paper));
    }

    @Test
    void unknownIssueIsANotFoundProblem() {
        given().when().get("/issues/{publication}/{date}", "无此报", "2026-04-06")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(404))
                .body("detail", containsString("无此报"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-13-01", "20260406", "2026-4-6", "yesterday" })
    void malformedDateIsABadRequestProblemNamingDate(String date) {
        given().when().get("/issues/{publication}/{date}", "中国高新技术产业导报", date)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:herald:problem:invalid-parameter"))
                .body("errors[0].field", equalTo("date"))
                .body("errors[0].rule", equalTo("must be a date as YYYY-MM-DD"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "101", "x" })
    void limitOutsideOneToHundredIsABadRequestProblemNamingLimit(String limit) {
        given().queryParam("limit", limit)
                .when().get("/issues")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].rule", equalTo("must be an integer from 1 to 100"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "中国\u0000导报", "\u0001", "\u007f" })
    void publicationWithControlCharactersIsABadRequestProblemNamingPublication(String publication) {
        given().queryParam("publication", publication)
                .when().get("/issues")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("publication"))
                .body("errors[0].rule", equalTo("must be at most 200 characters without control characters"));
    }

    /**
     * Two issues with visible articles and one whose only article was killed. 2026-04-06: on 01版 a report and a
     * photo item, on 02版 a report, a killed report and an embargoed one.
     */
    private void submitIssues() {
        Publication april6 = publication(APRIL_6, 12);
        try (ArticlesTopic topic = new ArticlesTopic(bootstrapServers)) {
            topic.submit(article(forum, 1, april6, "01版", "2026中关村论坛年会集中发布21项重大科技成果", "4类21项成果集中亮相",
                    List.of(new Contributor("张伟", Contributor.Role.REPORTER)),
                    List.of(BodyBlock.paragraph("3月29日,2026中关村论坛年会“重大成果专场发布会”上,21项重大科技成果集中发布。")),
                    List.of(DEVELOPMENT_ZONES, SIX_G), 1));
            topic.submit(article(photo, 1, april6, "01版", "“奋楫号”盾构机下线", null,
                    List.of(new Contributor("刘甲", Contributor.Role.PHOTOGRAPHER)),
                    List.of(new BodyBlock(BodyBlock.Type.IMAGE, null, null, null,
                            new Image(null, "图为“奋楫号”盾构机下线现场(无人机照片)", "新华社发", "刘甲", null))),
                    List.of(DEVELOPMENT_ZONES, SIX_G), 2));
            topic.submit(article(zones, 1, april6, "02版", DEVELOPMENT_ZONES.title(), null,
                    List.of(new Contributor("姚雯", Contributor.Role.AUTHOR), new Contributor("李明", Contributor.Role.AUTHOR)),
                    List.of(BodyBlock.paragraph("开发区是改革开放的试验田。")), List.of(SIX_G, NEW_FORCES), 3));
            topic.submit(article(killed, 1, april6, "02版", "将被撤回的报道", null, List.of(),
                    List.of(BodyBlock.paragraph("此稿撤回。")), List.of(new RelatedEntry("撤回稿的导读", "05版")), 4));
            topic.submit(withStatus(article(killed, 2, april6, "02版", "将被撤回的报道", null, List.of(),
                    List.of(BodyBlock.paragraph("此稿撤回。")), List.of(new RelatedEntry("撤回稿的导读", "05版")), 4),
                    PubStatus.CANCELED, null));
            topic.submit(withStatus(article(embargoed, 1, april6, "02版", "禁发稿", null, List.of(),
                    List.of(BodyBlock.paragraph("禁发期内不得刊发。")), List.of(), 5),
                    PubStatus.USABLE, Instant.parse("2099-01-01T00:00:00Z")));
            topic.submit(article(lastWeek, 1, publication(MARCH_30, 11), "01版", "上期头条", null, List.of(),
                    List.of(BodyBlock.paragraph("上期内容。")), List.of(), 6));
            topic.submit(withStatus(article(killedAlone, 1, publication(MARCH_23, 10), "01版", "撤回的唯一稿件", null,
                    List.of(), List.of(BodyBlock.paragraph("撤回。")), List.of(), 7), PubStatus.CANCELED, null));
        }
        for (String id : List.of(forum, photo, zones, embargoed, lastWeek, killedAlone)) {
            awaitRevision(id, 1);
        }
        awaitRevision(killed, 2);
    }

    /** Waits until the catalog recorded {@code revision} revisions of the article, visible or not. */
    private static void awaitRevision(String id, int revision) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = given().get("/articles/{id}/revisions", id);
            return response.statusCode() == 200 && response.jsonPath().getList("revisions").size() == revision;
        });
    }

    private Publication publication(LocalDate date, int issueNumber) {
        return new Publication(paper, "TEST HERALD", date, issueNumber, 2652 + issueNumber, 16, "CN 11—0237", "1—206");
    }

    private static ArticleSubmitted article(String id, int revision, Publication publication, String page,
            String headline, String subheadline, List<Contributor> byline, List<BodyBlock> body,
            List<RelatedEntry> related, int minute) {
        Instant created = Instant.parse("2026-04-05T10:00:00Z").plusSeconds(60L * minute);
        return new ArticleSubmitted(id, revision, PubStatus.USABLE, "zh-CN", publication, page, "要闻", headline,
                subheadline, null, "本报讯", byline, body, List.of(), related, List.of(), created,
                created.plusSeconds(revision), null, new Source("demo", id.substring(id.indexOf(':') + 1)));
    }

    private static ArticleSubmitted withStatus(ArticleSubmitted a, PubStatus status, Instant embargoUntil) {
        return new ArticleSubmitted(a.articleId(), a.revision(), status, a.language(), a.publication(), a.page(),
                a.section(), a.headline(), a.subheadline(), a.kicker(), a.dateline(), a.byline(), a.body(), a.images(),
                a.related(), a.subjects(), a.firstCreated(), a.versionCreated(), embargoUntil, a.source());
    }

    private static String id(String name) {
        return "demo:issue-" + name + "-" + UUID.randomUUID();
    }
}
