package io.herald.ingest.api;

import static io.herald.ingest.Credentials.asDemo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
import io.herald.events.CloudEvent;
import io.herald.events.Contributor;
import io.herald.events.EventContract;
import io.herald.events.EventJson;
import io.herald.events.Image;
import io.herald.events.RelatedEntry;
import io.herald.ingest.Credentials;
import io.herald.ingest.formats.issue.PageTexts;
import io.herald.service.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
@RealBrokerAndDatabase
class IssueSubmissionTest {

    private static final String UUID_V3 = "[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}";
    /** The paper's key in page item ids: the first 8 hex digits of the SHA-256 of 中国高新技术产业导报. */
    private static final String PAPER = "f10687e6";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaCompanion kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaCompanion(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void referencePageIsReportedAndPublishedAsThreeEvents() {
        ExtractableResponse<Response> report = post(PageTexts.read(PageTexts.REFERENCE), "text/markdown", "?revision=1")
                .statusCode(202)
                .contentType(ContentType.JSON)
                .body("publication.name", equalTo("中国高新技术产业导报"))
                .body("publication.nameEn", equalTo("CHINA HIGH-TECH INDUSTRY HERALD"))
                .body("publication.issueDate", equalTo("2026-04-06"))
                .body("publication.issueNumber", equalTo(12))
                .body("publication.totalIssueNumber", equalTo(2664))
                .body("publication.pageCount", equalTo(16))
                .body("publication.serialNumber", equalTo("CN 11—0237"))
                .body("publication.postalDistributionCode", equalTo("1—206"))
                .body("mastheadFacts.主管", equalTo("科学技术部"))
                .body("mastheadFacts.主办", equalTo("科技日报社"))
                .body("page", equalTo("01版"))
                .body("items.kind", contains("article", "photo", "article"))
                .body("items.articleId", contains("demo:2026-04-06-p01-01-" + PAPER, "demo:2026-04-06-p01-02-" + PAPER,
                        "demo:2026-04-06-p01-03-" + PAPER))
                .body("items.eventId", contains(matchesPattern(UUID_V3), matchesPattern(UUID_V3), matchesPattern(UUID_V3)))
                .body("items.revision", contains(1, 1, 1))
                .body("items[0].headline", equalTo("2026年全国工业和信息化科技创新和产业创新融合发展工作座谈会召开"))
                .body("items[0].subheadline", equalTo("完善高新区等创新载体建设布局"))
                .body("items[0].dateline", equalTo("本报讯"))
                .body("items[0].byline.name", contains("姚雯"))
                .body("items[0].byline.role", contains("author"))
                .body("items[0].paragraphs", equalTo(3))
                .body("items[1].headline", equalTo("“奋楫号”盾构机下线现场"))
                .body("items[1].paragraphs", equalTo(1))
                .body("items[1].images[0].caption", equalTo("图为“奋楫号”盾构机下线现场(无人机照片)"))
                .body("items[1].images[0].credit", equalTo("新华社发"))
                .body("items[1].images[0].photographer", equalTo("刘甲"))
                .body("items[2].headline", equalTo("2026中关村论坛年会集中发布21项重大科技成果"))
                .body("items[2].dateline", equalTo("本报讯"))
                .body("items[2].byline.name", contains("张伟"))
                .body("items[2].byline.role", contains("reporter"))
                .body("items[2].paragraphs", equalTo(10))
                .body("toc", hasSize(10))
                .body("toc[0].title", equalTo("开发区规范提升要敢于“亮牌”"))
                .body("toc.page", contains("02版", "04版", "04版", "11版", "12版", "13版", "13版", "14版", "15版", "15版"))
                .body("dropped.text", contains("微信公众号", "中国高新网"))
                .body("rejoined", hasSize(5))
                .extract();

        List<String> articleIds = report.path("items.articleId");
        List<String> eventIds = report.path("items.eventId");
        for (int i = 0; i < 3; i++) {
            ConsumerRecord<String, String> record = event(articleIds.get(i), eventIds.get(i));
            CloudEvent ce = CloudEvent.from(record.headers());
            assertEquals(EventContract.TYPE_ARTICLE_SUBMITTED, ce.type());
            assertEquals("/ingest/demo", ce.source());
            assertEquals(articleIds.get(i), ce.subject());
            ArticleSubmitted article = EventJson.read(record.value().getBytes(StandardCharsets.UTF_8), ArticleSubmitted.class);
            assertEquals(articleIds.get(i), article.articleId());
            assertEquals(report.path("items[" + i + "].headline"), article.headline());
            assertEquals("中国高新技术产业导报", article.publication().name());
            assertEquals(LocalDate.of(2026, 4, 6), article.publication().issueDate());
            assertEquals("01版", article.page());
            assertEquals(10, article.related().size());
            assertEquals(new RelatedEntry("迈向工程示范", "15版"), article.related().get(9));
            assertEquals("zh-CN", article.language());
            assertEquals("demo", article.source().name());
            assertEquals(articleIds.get(i), "demo:" + article.source().itemId());
            for (BodyBlock block : article.body()) {
                assertFalse(String.valueOf(block.text()).contains("微信公众号"), block.text());
            }
        }
        ArticleSubmitted symposium = read(event(articleIds.get(0), eventIds.get(0)));
        assertEquals(List.of(new Contributor("姚雯", Contributor.Role.AUTHOR)), symposium.byline());
        assertTrue(symposium.body().get(0).text().contains("江苏省委常委、苏州市委书记范波"), symposium.body().get(0).text());
        ArticleSubmitted photo = read(event(articleIds.get(1), eventIds.get(1)));
        Image image = photo.images().get(0);
        assertEquals(List.of(BodyBlock.Type.PARAGRAPH, BodyBlock.Type.IMAGE), photo.body().stream().map(BodyBlock::type).toList());
        assertEquals(image, photo.body().get(1).image());
        assertEquals("新华社发", image.credit());
        assertEquals("刘甲", image.photographer());
    }

    @Test
    void samePagePostedAgainKeepsItsArticleAndEventIds() {
        String page = PageTexts.read(PageTexts.REFERENCE);
        ExtractableResponse<Response> first = post(page, "text/plain; charset=UTF-8", "?revision=2").statusCode(202).extract();
        ExtractableResponse<Response> second = post(page, "text/markdown", "?revision=2").statusCode(202).extract();
        ExtractableResponse<Response> corrected = post(page, "text/markdown", "?revision=3").statusCode(202).extract();

        assertEquals(first.<List<String>>path("items.articleId"), second.path("items.articleId"));
        assertEquals(first.<List<String>>path("items.eventId"), second.path("items.eventId"));
        assertEquals(first.<List<String>>path("items.articleId"), corrected.path("items.articleId"));
        assertNotEquals(first.<List<String>>path("items.eventId"), corrected.path("items.eventId"));
    }

    @Test
    void correctedPagePostedAgainWithoutARevisionMakesOnlyTheChangedItemANewRevision() {
        // Page 06: no other test of this class posts it, so its items start at revision 1.
        String page = PageTexts.read(PageTexts.REFERENCE);
        String corrected = page.replace("座谈会在苏州市召开", "座谈会在江苏省苏州市召开");
        assertNotEquals(page, corrected);
        ExtractableResponse<Response> first = post(page, "text/markdown", "?page=6").statusCode(202)
                .body("items.revision", contains(1, 1, 1)).extract();
        ExtractableResponse<Response> second = post(corrected, "text/markdown", "?page=6").statusCode(202)
                .body("items.revision", contains(2, 1, 1)).extract();

        List<String> firstEvents = first.path("items.eventId");
        List<String> secondEvents = second.path("items.eventId");
        assertEquals(first.<List<String>>path("items.articleId"), second.path("items.articleId"));
        assertNotEquals(firstEvents.get(0), secondEvents.get(0));
        assertEquals(firstEvents.subList(1, 3), secondEvents.subList(1, 3));
        List<String> articleIds = second.path("items.articleId");
        assertTrue(read(event(articleIds.get(0), secondEvents.get(0))).body().stream()
                .anyMatch(block -> block.text() != null && block.text().contains("座谈会在江苏省苏州市召开")));
    }

    @Test
    void twoItemsWithTheSameHeadlineArePublishedUnderTwoIdsAsTwoEvents() {
        // Page 05: the reference page's items hold the ids of page 01 in other tests of this class.
        ExtractableResponse<Response> report = post(PageTexts.read(PageTexts.TWO_BRIEFS), "text/markdown", "?page=5")
                .statusCode(202)
                .body("items.headline", contains("简讯", "简讯"))
                .body("items.articleId", contains("demo:2026-04-06-p05-01-" + PAPER, "demo:2026-04-06-p05-02-" + PAPER))
                .extract();

        List<String> articleIds = report.path("items.articleId");
        List<String> eventIds = report.path("items.eventId");
        assertNotEquals(eventIds.get(0), eventIds.get(1));
        ArticleSubmitted symposium = read(event(articleIds.get(0), eventIds.get(0)));
        ArticleSubmitted forum = read(event(articleIds.get(1), eventIds.get(1)));
        assertEquals(List.of("简讯", "简讯"), List.of(symposium.headline(), forum.headline()));
        assertTrue(symposium.body().get(0).text().contains("座谈会"), symposium.body().get(0).text());
        assertEquals(List.of(new Contributor("姚雯", Contributor.Role.AUTHOR)), symposium.byline());
        assertTrue(forum.body().get(0).text().contains("中关村论坛"), forum.body().get(0).text());
        assertEquals("刘甲", forum.images().get(0).photographer());
    }

    @Test
    void pageLabelComesFromTheQueryWhenTheMastheadPrintsNone() {
        post(PageTexts.read(PageTexts.REFERENCE), "text/markdown", "?page=3&revision=4").statusCode(202)
                .body("page", equalTo("03版"))
                .body("items.articleId", contains("demo:2026-04-06-p03-01-" + PAPER, "demo:2026-04-06-p03-02-" + PAPER,
                        "demo:2026-04-06-p03-03-" + PAPER));
    }

    @Test
    void emptyPageIsA400NamingTheRule() {
        post("  \n\n ", "text/plain", "").statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:herald:problem:invalid-request"))
                .body("errors[0].rule", equalTo("the page must contain text"));
    }

    @Test
    void textWithoutMastheadIsA400NamingTheRule() {
        post("## 一篇文章\n\n本报讯 正文。", "text/markdown", "").statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].rule", matchesPattern("a page must open with its masthead.*"));
    }

    @Test
    void mastheadWithoutAnyArticleIsA400NamingTheRule() {
        post("# 某某日报\n\n2026年4月6日 星期一 第1期\n\n微信公众号", "text/markdown", "").statusCode(400)
                .body("errors[0].rule", matchesPattern("a page must hold at least one article.*"));
    }

    @Test
    void invalidUtf8IsA400() {
        asDemo().contentType("text/plain")
                .body(new byte[] { (byte) 0xe4, (byte) 0xb8, 0x41, 0x0a })
                .when().post("/issues")
                .then().statusCode(400)
                .body("errors[0].rule", equalTo("the page must be UTF-8 text"));
    }

    @Test
    void pageWithoutMastheadTakesThePaperDateAndPageFromTheQuery() {
        post(PageTexts.read("corpus/renmin-1987-04-09-p01.txt"), "text/plain",
                "?publication=人民日报&date=1987-04-09&page=1").statusCode(202)
                .body("publication.name", equalTo("人民日报"))
                .body("publication.issueDate", equalTo("1987-04-09"))
                .body("page", equalTo("01版"))
                .body("items.size()", equalTo(2))
                .body("items[0].headline", equalTo("今年夏时制从4月12日开始"))
                .body("items[0].dateline", equalTo("新华社北京4月8日电"))
                .body("dropped.reason", hasItems("page label", "the site's date line"))
                .body("warnings.size()", equalTo(0));
    }

    @Test
    void mastheadWinsOverTheQueryWithAWarning() {
        post(PageTexts.read(PageTexts.REFERENCE), "text/markdown", "?publication=科技日报").statusCode(202)
                .body("publication.name", equalTo("中国高新技术产业导报"))
                .body("warnings", contains("the masthead prints publication 中国高新技术产业导报, the request gives 科技日报: "
                        + "the masthead's is used"));
    }

    @Test
    void badDateIsA400NamingTheParameter() {
        post(PageTexts.read(PageTexts.REFERENCE), "text/markdown", "?date=2026-4-6").statusCode(400)
                .body("errors[0].field", equalTo("date"))
                .body("errors[0].rule", equalTo("must be a date as YYYY-MM-DD"));
    }

    @Test
    void unknownPageLabelIsA400() {
        post(PageTexts.read(PageTexts.REFERENCE), "text/markdown", "?page=头版").statusCode(400)
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].rule", matchesPattern("must be a page label.*"));
    }

    @Test
    void pageWithoutCredentialsIsA401AndPublishesNothing() {
        given().contentType("text/markdown").body(PageTexts.read(PageTexts.REFERENCE).getBytes(StandardCharsets.UTF_8))
                .when().post("/issues")
                .then().statusCode(401);
    }

    @Test
    void sourceWithoutTheIssueIntakeIsA403() {
        given().header("Authorization", "Bearer " + Credentials.WIRE_API_KEY)
                .contentType("text/markdown").body(PageTexts.read(PageTexts.REFERENCE).getBytes(StandardCharsets.UTF_8))
                .when().post("/issues")
                .then().statusCode(403);
    }

    @Test
    void jsonIsNotAPage() {
        post("{}", "application/json", "").statusCode(415);
    }

    private static ValidatableResponse post(String page, String contentType, String query) {
        return asDemo()
                .contentType(contentType).body(page.getBytes(StandardCharsets.UTF_8))
                .when().post("/issues" + query)
                .then();
    }

    private static ArticleSubmitted read(ConsumerRecord<String, String> record) {
        return EventJson.read(record.value().getBytes(StandardCharsets.UTF_8), ArticleSubmitted.class);
    }

    /** Waits for the one record keyed {@code articleId} with {@code ce_id} = {@code eventId}. */
    private ConsumerRecord<String, String> event(String articleId, String eventId) {
        try (ConsumerTask<String, String> task = kafka
                .consumeWithDeserializers(new StringDeserializer(), new StringDeserializer())
                .withGroupId("test-" + UUID.randomUUID())
                .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .fromTopics(EventContract.ARTICLES_SUBMITTED)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !matching(task, articleId, eventId).isEmpty());
            List<ConsumerRecord<String, String>> records = matching(task, articleId, eventId);
            assertEquals(1, records.size());
            return records.get(0);
        }
    }

    private static List<ConsumerRecord<String, String>> matching(ConsumerTask<String, String> task, String articleId,
            String eventId) {
        return task.getRecords().stream()
                .filter(record -> articleId.equals(record.key()))
                .filter(record -> eventId.equals(KafkaCompanion.getHeader(record.headers(), EventContract.CE_ID)))
                .toList();
    }
}
