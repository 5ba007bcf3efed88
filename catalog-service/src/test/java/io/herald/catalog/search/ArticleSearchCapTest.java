package io.herald.catalog.search;

import static io.herald.events.testing.ReferencePage.FORUM;
import static io.herald.events.testing.ReferencePage.articleId;
import static io.herald.events.testing.ReferencePage.item;
import static io.herald.events.testing.ReferencePage.publication;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.herald.catalog.testing.ArticlesTopic;
import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.testing.ReferencePage;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * {@code GET /articles} when more articles match than {@code herald.catalog.search.candidates} (here 3): the total is
 * a lower bound, the facets count the newest matches, relevance order ranks and pages through the newest matches,
 * date order pages through all of them.
 */
@QuarkusTest
@TestProfile(ArticleSearchCapTest.ThreeCandidates.class)
@RealBrokerAndDatabase
class ArticleSearchCapTest {

    /** Three candidates per search. */
    public static class ThreeCandidates implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.catalog.search.candidates", "3");
        }
    }

    private static final Duration APPLIED_WITHIN = Duration.ofSeconds(30);
    private static final Instant FIRST = Instant.parse("2026-04-06T00:00:00Z");

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
    void aMatchLargerThanTheCapIsCountedFacetedAndRankedOverItsNewestArticles() {
        List<String> ids = submit(5);
        await().atMost(APPLIED_WITHIN).until(() -> search(Map.of("q", "芯片", "sort", "date", "limit", "100"))
                .getList("hits").size() == 5);

        JsonPath first = search(Map.of("q", "芯片"));
        assertEquals(3, first.getInt("total"));
        assertEquals("gte", first.getString("totalRelation"));
        assertEquals("newest", first.getString("facets.over"));
        assertEquals(3, first.getList("facets.author.count", Integer.class).stream().mapToInt(Integer::intValue).sum());
        // relevance: the three newest matches, best rank first
        assertEquals(new HashSet<>(ids.subList(2, 5)), new HashSet<>(first.getList("hits.articleId")));


        // as many matches as the cap: exact
        tag = UUID.randomUUID().toString().substring(0, 8);
        submit(3);
        await().atMost(APPLIED_WITHIN).until(() -> search(Map.of("q", "芯片", "sort", "date", "limit", "100"))
                .getList("hits").size() == 3);
        JsonPath exact = search(Map.of("q", "芯片"));
        assertEquals(3, exact.getInt("total"));
        assertEquals("eq", exact.getString("totalRelation"));
        assertEquals("all", exact.getString("facets.over"));
        assertEquals(3, exact.getList("hits").size());
    }

    @Test
    void relevancePagingVisitsTheFirstPagesCandidatesAndDatePagingVisitsEveryMatch() {
        List<String> ids = submit(5);
        await().atMost(APPLIED_WITHIN).until(() -> search(Map.of("q", "芯片", "sort", "date", "limit", "100"))
                .getList("hits").size() == 5);

        List<String> byDate = walk(Map.of("q", "芯片", "sort", "date", "limit", "2"), null);
        assertEquals(List.of(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0)), byDate);

        // a newer match arriving between pages does not push the first page's candidates out
        List<String> byRelevance = walk(Map.of("q", "芯片", "limit", "1"), () -> {
            ids.add(articleId("late", tag));
            topic.submit(item(FORUM, tag, "late", event -> event.put("versionCreated", FIRST.plusSeconds(60).toString())));
            await().atMost(APPLIED_WITHIN).until(() -> search(Map.of("q", "芯片", "sort", "date", "limit", "100"))
                    .getList("hits").size() == 6);
        });
        assertTrue(byRelevance.containsAll(ids.subList(2, 5)), byRelevance.toString());
        assertTrue(byRelevance.size() <= 4 && new HashSet<>(byRelevance).size() == byRelevance.size(),
                byRelevance.toString());
        assertTrue(new HashSet<>(ids.subList(2, 6)).containsAll(byRelevance), byRelevance.toString());
    }

    /** Submits {@code count} matching articles, one second apart; their ids, oldest first. */
    private List<String> submit(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "cap-" + i;
            int repeats = i % 3;
            Instant created = FIRST.plusSeconds(i);
            topic.submit(item(FORUM, tag, name, event -> {
                event.put("versionCreated", created.toString());
                for (int r = 0; r < repeats; r++) {
                    event.withArray("body").addObject().put("type", "paragraph").put("text", "芯片产业再获突破。");
                }
            }));
            ids.add(articleId(name, tag));
        }
        return ids;
    }

    /** Every hit of every page, in order; runs {@code afterFirstPage} once after the first page. */
    private List<String> walk(Map<String, String> search, Runnable afterFirstPage) {
        List<String> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, String> parameters = new HashMap<>(search);
            if (cursor != null) {
                parameters.put("cursor", cursor);
            }
            JsonPath page = search(parameters);
            walked.addAll(page.getList("hits.articleId"));
            cursor = page.getString("nextCursor");
            if (pages++ == 0 && afterFirstPage != null) {
                afterFirstPage.run();
            }
        } while (cursor != null && pages < 20);
        return walked;
    }

    /** A search within this test's articles, which must answer 200. */
    private JsonPath search(Map<String, String> parameters) {
        RequestSpecification request = given().queryParam("publication", publication(tag));
        parameters.forEach(request::queryParam);
        return request.when().get("/articles").then().statusCode(200).extract().jsonPath();
    }
}
