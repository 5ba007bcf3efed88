package io.herald.catalog.search;

import static io.herald.events.testing.ReferencePage.FORUM;
import static io.herald.events.testing.ReferencePage.PHOTO;
import static io.herald.events.testing.ReferencePage.SYMPOSIUM;
import static io.herald.events.testing.ReferencePage.articleId;
import static io.herald.events.testing.ReferencePage.item;
import static io.herald.events.testing.ReferencePage.publication;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.herald.catalog.testing.ArticlesTopic;
import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleSubmitted;
import io.herald.events.testing.ReferencePage;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * {@code GET /articles} over the reference page's three items, sent through {@code articles.submitted}. Every test
 * tags its own copies (see {@link ReferencePage}) and filters by their publication, so tests sharing the catalog do
 * not see each other's articles.
 */
@QuarkusTest
@RealBrokerAndDatabase
class ArticleSearchTest {

    private static final Duration APPLIED_WITHIN = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private ArticlesTopic topic;
    private String tag;

    @BeforeEach
    void connect() {
        topic = new ArticlesTopic(bootstrapServers);
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void disconnect() {
        topic.close();
    }

    @Test
    void chipFindsTheForumReportWithTheWordMarked() {
        submitReferencePage();

        JsonPath result = onlyHit("芯片", FORUM);
        assertThat(result.getFloat("hits[0].score"), greaterThan(0f));
        assertEquals("2026中关村论坛年会集中发布21项重大科技成果", result.getString("hits[0].headline"));
        assertEquals(List.of("张伟"), result.getList("hits[0].authors"));
        assertEquals(publication(tag), result.getString("hits[0].publication"));
        assertEquals("2026-04-06", result.getString("hits[0].issueDate"));
        assertEquals("01版", result.getString("hits[0].page"));
        assertEquals(1, result.getInt("hits[0].revision"));
        assertNull(result.get("nextCursor"));
    }

    @Test
    void shieldMachineFindsThePhotoItem() {
        submitReferencePage();

        JsonPath result = onlyHit("盾构机", PHOTO);
        assertEquals(List.of("刘甲"), result.getList("hits[0].authors"));
        // the caption's credit is indexed too
        assertEquals(articleId(PHOTO, tag), search(Map.of("q", "新华社")).getString("hits[0].articleId"));
    }

    @Test
    void authorNameFindsTheSignedReportAndIsItsFacet() {
        submitReferencePage();

        JsonPath result = search(Map.of("q", "姚雯"));
        assertEquals(1, result.getInt("total"));
        assertEquals(articleId(SYMPOSIUM, tag), result.getString("hits[0].articleId"));
        assertEquals(List.of(Map.of("value", "姚雯", "count", 1)), result.getList("facets.author"));
        // also without any filter, among all the catalog's articles
        given().queryParam("q", "姚雯").queryParam("limit", 100).when().get("/articles")
                .then().statusCode(200).body("hits.articleId", hasItem(articleId(SYMPOSIUM, tag)));
    }

    @Test
    void headlineMatchRanksAboveBodyOnlyMatch() {
        submitReferencePage();
        ArticleSubmitted inBody = item(PHOTO, tag, "in-body", event -> event.withArray("body").insertObject(0)
                .put("type", "paragraph").put("text", "记者在现场看到,量子芯片实验室正在调试设备。"));
        ArticleSubmitted inHeadline = item(PHOTO, tag, "in-headline", event -> event.put("headline", "量子芯片实验室开放"));
        topic.submit(inBody);
        topic.submit(inHeadline);
        awaitTotal(Map.of(), 5);

        JsonPath result = search(Map.of("q", "量子芯片"));
        assertEquals(List.of(articleId("in-headline", tag), articleId("in-body", tag)), result.getList("hits.articleId"));
        assertThat(result.getFloat("hits[0].score"), greaterThan(result.getFloat("hits[1].score")));
        assertThat(result.getString("hits[1].snippet"), containsString("<mark>量子芯片</mark>"));
    }

    @Test
    void phrasesMustBeAdjacentAndExcludedWordsMustBeAbsent() {
        submitReferencePage();

        assertEquals(List.of(articleId(FORUM, tag)), search(Map.of("q", "\"中关村 论坛\"")).getList("hits.articleId"));
        assertEquals(0, search(Map.of("q", "\"论坛 中关村\"")).getInt("total"));
        // both words, anywhere
        assertEquals(List.of(articleId(FORUM, tag)), search(Map.of("q", "论坛 中关村")).getList("hits.articleId"));
        // 创新 is in the symposium and the forum report; the forum report also has 芯片
        Set<String> withInnovation = new HashSet<>(search(Map.of("q", "创新")).getList("hits.articleId"));
        assertEquals(Set.of(articleId(SYMPOSIUM, tag), articleId(FORUM, tag)), withInnovation);
        assertEquals(List.of(articleId(SYMPOSIUM, tag)), search(Map.of("q", "创新 -芯片")).getList("hits.articleId"));
        assertEquals(List.of(articleId(SYMPOSIUM, tag)),
                search(Map.of("q", "创新 -\"中关村论坛\"")).getList("hits.articleId"));
    }

    @Test
    void filtersNarrowTheHitsAndFacetsCountTheWholeMatch() {
        submitReferencePage();
        topic.submit(item(FORUM, tag, "section", event -> event.put("section", "要闻").put("page", "02版")
                .withObject("publication").put("issueDate", "2026-04-07")));
        awaitTotal(Map.of(), 4);

        JsonPath all = search(Map.of("limit", "1"));
        assertEquals(4, all.getInt("total"));
        assertEquals(1, all.getList("hits").size());
        assertThat(all.getString("nextCursor"), not(nullValue()));
        assertEquals(List.of(Map.of("value", "张伟", "count", 2), Map.of("value", "刘甲", "count", 1),
                Map.of("value", "姚雯", "count", 1)), all.getList("facets.author"));
        assertEquals(List.of(Map.of("value", "01版", "count", 3), Map.of("value", "02版", "count", 1)),
                all.getList("facets.page"));
        assertEquals(List.of(Map.of("value", "2026-04-06", "count", 3), Map.of("value", "2026-04-07", "count", 1)),
                all.getList("facets.issueDate"));
        assertEquals(List.of(Map.of("value", "要闻", "count", 1)), all.getList("facets.section"));

        assertEquals(List.of(articleId("section", tag)), search(Map.of("section", "要闻")).getList("hits.articleId"));
        assertEquals(2, search(Map.of("author", "张伟")).getInt("total"));
        assertEquals(3, search(Map.of("page", "01版")).getInt("total"));
        assertEquals(1, search(Map.of("page", "2")).getInt("total"));
        assertEquals(1, search(Map.of("from", "2026-04-07")).getInt("total"));
        assertEquals(3, search(Map.of("to", "2026-04-06")).getInt("total"));
        assertEquals(4, search(Map.of("from", "2026-04-06", "to", "2026-04-07")).getInt("total"));
        assertEquals(0, search(Map.of("from", "2026-04-08")).getInt("total"));
        JsonPath chips = search(Map.of("q", "芯片", "author", "张伟", "sort", "date"));
        assertEquals(2, chips.getInt("total"));
        assertEquals(List.of(Map.of("value", "张伟", "count", 2)), chips.getList("facets.author"));
        assertThat(chips.getFloat("hits[0].score"), greaterThan(0f));
    }

    @Test
    void cursorPagingWalksEveryHitOnceInBothOrders() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String name = "page-" + i;
            int repeats = i % 3;
            // three kinds of rank (ties included) and versions that tie in pairs
            topic.submit(item(FORUM, tag, name, event -> {
                event.put("versionCreated", Instant.parse("2026-04-06T00:00:00Z").plusSeconds(repeats).toString());
                for (int r = 0; r < repeats; r++) {
                    event.withArray("body").addObject().put("type", "paragraph").put("text", "芯片产业再获突破。");
                }
            }));
            ids.add(articleId(name, tag));
        }
        awaitTotal(Map.of(), 7);

        for (String sort : List.of("relevance", "date")) {
            List<String> walked = new ArrayList<>();
            List<Float> scores = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                Map<String, String> parameters = new HashMap<>(Map.of("q", "芯片", "sort", sort, "limit", "2"));
                if (cursor != null) {
                    parameters.put("cursor", cursor);
                }
                JsonPath page = search(parameters);
                assertEquals(7, page.getInt("total"));
                walked.addAll(page.getList("hits.articleId"));
                if ("relevance".equals(sort)) {
                    page.getList("hits.score", Float.class).forEach(scores::add);
                }
                cursor = page.getString("nextCursor");
                pages++;
            } while (cursor != null && pages < 10);
            assertEquals(4, pages, sort);
            assertEquals(7, walked.size(), sort);
            assertEquals(new HashSet<>(ids), new HashSet<>(walked), sort);
            for (int i = 1; i < scores.size(); i++) {
                assertTrue(scores.get(i - 1) >= scores.get(i), "relevance order: " + scores);
            }
        }
        // a cursor belongs to its search
        String cursor = search(Map.of("q", "芯片", "limit", "2")).getString("nextCursor");
        given().queryParam("q", "成果").queryParam("publication", publication(tag)).queryParam("cursor", cursor)
                .when().get("/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void killedWithheldAndEmbargoedArticlesAreNotFound() {
        ArticleSubmitted killed = item(FORUM, tag, "killed", event -> {
        });
        int partition = topic.submit(UUID.randomUUID().toString(), killed, null);
        submitTo(partition, item(FORUM, tag, "withheld", event -> event.put("pubStatus", "withheld")));
        submitTo(partition, item(FORUM, tag, "embargoed", event -> event.put("embargoUntil", "2999-01-01T00:00:00Z")));
        submitTo(partition, item(FORUM, tag, "embargo-over", event -> event.put("embargoUntil", "2026-01-01T00:00:00Z")));
        awaitTotal(Map.of("q", "芯片"), 2);
        assertEquals(Set.of(articleId("killed", tag), articleId("embargo-over", tag)),
                new HashSet<>(search(Map.of("q", "芯片")).getList("hits.articleId")));

        submitTo(partition, item(FORUM, tag, "killed", event -> event.put("revision", 2).put("pubStatus", "canceled")));
        awaitTotal(Map.of("q", "芯片"), 1);
        JsonPath result = search(Map.of("q", "芯片"));
        assertEquals(List.of(articleId("embargo-over", tag)), result.getList("hits.articleId"));
        assertEquals(List.of(Map.of("value", "张伟", "count", 1)), result.getList("facets.author"));
        assertEquals(1, search(Map.of()).getInt("total"));
    }

    /** Searches {@code q}: the only hit is {@code item}, with {@code q} marked in its snippet. */
    private JsonPath onlyHit(String q, String item) {
        JsonPath result = search(Map.of("q", q));
        assertEquals(1, result.getInt("total"));
        assertEquals(articleId(item, tag), result.getString("hits[0].articleId"));
        assertThat(result.getString("hits[0].snippet"), containsString("<mark>" + q + "</mark>"));
        return result;
    }

    private void submitTo(int partition, ArticleSubmitted event) {
        topic.submit(UUID.randomUUID().toString(), event, partition);
    }

    private void submitReferencePage() {
        topic.submit(item(SYMPOSIUM, tag));
        topic.submit(item(PHOTO, tag));
        topic.submit(item(FORUM, tag));
        awaitTotal(Map.of(), 3);
    }

    private void awaitTotal(Map<String, String> parameters, int total) {
        await().atMost(APPLIED_WITHIN).until(() -> search(parameters).getInt("total") == total);
    }

    /** A search within this test's articles, which must answer 200. */
    private JsonPath search(Map<String, String> parameters) {
        RequestSpecification request = given().queryParam("publication", publication(tag));
        parameters.forEach(request::queryParam);
        return request.when().get("/articles").then().statusCode(200).extract().jsonPath();
    }
}
