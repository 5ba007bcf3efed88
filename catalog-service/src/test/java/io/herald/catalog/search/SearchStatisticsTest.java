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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * Searches once PostgreSQL has statistics of the indexed words: {@link WordFrequencies} reads them, and the newest
 * matches of words that are not in most articles are found through the full-text index. The answers are the same
 * as without statistics: the reference page's searches, a phrase, ranks and date order.
 */
@QuarkusTest
@TestProfile(SearchStatisticsTest.StatisticsEverySearch.class)
@RealBrokerAndDatabase
class SearchStatisticsTest {

    /** Statistics read again for every search. */
    public static class StatisticsEverySearch implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("herald.catalog.search.statistics-refresh", "0s");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Inject
    WordFrequencies frequencies;

    @Test
    void searchesThroughTheFullTextIndexFindWhatTheyFoundBefore() throws SQLException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        try (ArticlesTopic topic = new ArticlesTopic(bootstrapServers)) {
            topic.submit(item(SYMPOSIUM, tag));
            topic.submit(item(PHOTO, tag));
            topic.submit(item(FORUM, tag));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> search(tag, Map.of()).getInt("total") == 3);

        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze article");
            }
            List<SearchQuery.Clause> chip = SearchQuery.parse("芯片").clauses();
            assertTrue(frequencies.snapshot(connection).share(chip) > 0, "statistics of 芯片 were read");
            assertTrue(frequencies.snapshot(connection).favourIndex(chip, 1000, false), "a small catalog favours the index");
        }

        JsonPath chips = search(tag, Map.of("q", "芯片"));
        assertEquals(List.of(articleId(FORUM, tag)), chips.getList("hits.articleId"));
        assertThat(chips.getString("hits[0].snippet"), containsString("<mark>芯片</mark>"));
        assertEquals(List.of(articleId(PHOTO, tag)), search(tag, Map.of("q", "盾构机", "sort", "date"))
                .getList("hits.articleId"));
        assertEquals(List.of(articleId(FORUM, tag)), search(tag, Map.of("q", "\"中关村论坛\""))
                .getList("hits.articleId"));
        assertEquals(List.of(articleId(SYMPOSIUM, tag)), search(tag, Map.of("q", "姚雯"))
                .getList("hits.articleId"));
    }

    private static JsonPath search(String tag, Map<String, String> parameters) {
        return given().queryParam("publication", publication(tag)).queryParams(parameters)
                .when().get("/articles").then().statusCode(200).extract().jsonPath();
    }
}
