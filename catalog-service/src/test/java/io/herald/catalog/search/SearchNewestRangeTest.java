package io.herald.catalog.search;

import static io.herald.events.testing.ReferencePage.FORUM;
import static io.herald.events.testing.ReferencePage.SYMPOSIUM;
import static io.herald.events.testing.ReferencePage.articleId;
import static io.herald.events.testing.ReferencePage.item;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.herald.catalog.testing.ArticlesTopic;
import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * An unfiltered search for a word in a third of the articles looks among the newest articles first (as many as
 * should hold twice the candidates: the newest 12 of 15 here) and finds the same newest matches as a look at every
 * article would. Its own database, so that the statistics are of this test's 15 articles only; one candidate per
 * search.
 */
@QuarkusTest
@TestProfile(SearchNewestRangeTest.OneCandidate.class)
@RealBrokerAndDatabase
class SearchNewestRangeTest {

    /** One candidate per search, statistics read again for every search. */
    public static class OneCandidate implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.catalog.search.candidates", "1", "herald.catalog.search.statistics-refresh", "0s");
        }
    }

    private static final Instant FIRST = Instant.parse("2026-04-06T00:00:00Z");
    private static final String TAG = "range";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Inject
    WordFrequencies frequencies;

    @Test
    void theNewestMatchesOfACommonishWordAreFoundAmongTheNewestArticles() throws SQLException {
        // fifteen articles, one a minute; every third (the oldest first) has 芯片
        List<String> chips = new ArrayList<>();
        try (ArticlesTopic topic = new ArticlesTopic(bootstrapServers)) {
            for (int i = 0; i < 15; i++) {
                String name = "article-" + i;
                Instant created = FIRST.plusSeconds(60L * i);
                boolean chip = i % 3 == 0;
                topic.submit(item(chip ? FORUM : SYMPOSIUM, TAG, name,
                        event -> event.put("versionCreated", created.toString())));
                if (chip) {
                    chips.add(0, articleId(name, TAG));
                }
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> search(Map.of("limit", "100")).getList("hits").size() == 15);
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze article");
            }
            Float share = frequencies.snapshot(connection).share(SearchQuery.parse("芯片").clauses());
            assertTrue(share != null && share > 0.25 && share < 0.5, "share of 芯片: " + share);
        }

        JsonPath relevance = search(Map.of("q", "芯片"));
        assertEquals(1, relevance.getInt("total"));
        assertEquals("gte", relevance.getString("totalRelation"));
        assertEquals(List.of(chips.get(0)), relevance.getList("hits.articleId"), "the newest match");

        assertEquals(chips, search(Map.of("q", "芯片", "sort", "date", "limit", "100")).getList("hits.articleId"),
                "date order still reaches every match, newest first");
    }

    private static JsonPath search(Map<String, String> parameters) {
        return given().queryParams(parameters).when().get("/articles").then().statusCode(200).extract().jsonPath();
    }
}
