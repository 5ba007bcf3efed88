package io.herald.catalog.rebuild;

import static io.herald.catalog.testing.SampleArticles.FORUM_HEADLINE;
import static io.herald.catalog.testing.SampleArticles.forumReport;
import static io.herald.catalog.testing.SampleArticles.newArticleId;
import static io.herald.service.operator.testing.TestOperator.asOperator;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.herald.catalog.testing.ArticlesTopic;
import io.herald.devstack.testing.KafkaTestResource;
import io.herald.devstack.testing.PostgresTestResource;
import io.herald.events.ArticleSubmitted;
import io.herald.events.EventJson;
import io.herald.events.PubStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** On a broker and a database of its own, so that the topic holds exactly the records this test sends. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalog"),
        scope = TestResourceScope.RESTRICTED_TO_CLASS)
class CatalogRebuildTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    /**
     * Every article and revision, less the times they were written at. (Which duplicate event ids end up in
     * processed_event depends on how records fall into polls, so that table is left out.)
     */
    private static final String FINGERPRINT = """
            select count(*) || ' rows, md5 ' || md5(coalesce(string_agg(row, E'\\n' order by row), ''))
            from (select 'article ' || (to_jsonb(a) - 'updated_at')::text as row from article a
                  union all select 'revision ' || (to_jsonb(r) - 'recorded_at')::text from article_revision r) t""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    EntityManager entityManager;

    @Test
    void rebuildReplaysEveryRecordOfTheTopicIntoTheSameCatalog() {
        String revised = newArticleId();
        String lateRevision = newArticleId();
        String killed = newArticleId();
        String poison = newArticleId();
        String revisedEventId = UUID.randomUUID().toString();
        try (ArticlesTopic topic = new ArticlesTopic(bootstrapServers)) {
            int partition = topic.submit(revisedEventId, forumReport(revised), null);
            topic.submit(revisedEventId, forumReport(revised), partition); // the same event twice
            topic.submit(forumReport(revised, 1, FORUM_HEADLINE)); // the same revision under another event id
            topic.submit(forumReport(revised, 2, "修订:" + FORUM_HEADLINE));
            topic.submit(forumReport(lateRevision, 2, "修订:" + FORUM_HEADLINE));
            topic.submit(forumReport(lateRevision, 1, FORUM_HEADLINE)); // arrives after revision 2
            topic.submit(forumReport(killed));
            topic.submit(canceled(forumReport(killed, 2, FORUM_HEADLINE)));
            ArticleSubmitted incomplete = forumReport(poison, 1, null);
            topic.submitRaw(partition, poison, EventJson.write(incomplete),
                    ArticlesTopic.headers(UUID.randomUUID().toString(), incomplete));
        }
        int records = 9;
        // 6 revisions of 3 articles; the poison record goes to the dead-letter topic
        await().atMost(WITHIN).until(() -> count("select count(*) from article_revision") == 6
                && count("select count(*) from article where revision = 2") == 3);
        String before = fingerprint();
        assertTrue(before.startsWith("9 rows"), before);
        Instant rebuildRequested = inTransaction(
                () -> ((Instant) entityManager.createNativeQuery("select now()", Instant.class).getSingleResult()));

        asOperator().when().post("/admin/rebuild")
                .then().statusCode(202)
                .header("Location", containsString("/admin/rebuild"))
                .body("state", equalTo("running"))
                .body("groupId", startsWith("catalog-rebuild-"));
        JsonPath status = await().atMost(WITHIN)
                .until(() -> asOperator().get("/admin/rebuild").then().statusCode(200).extract().jsonPath(),
                        json -> !"running".equals(json.getString("state")));

        assertEquals("succeeded", status.getString("state"), status.prettify());
        assertEquals(records, status.getLong("records"), "every record on the topic was replayed");
        assertEquals(records, status.<Integer>getList("partitions.endOffset").stream().mapToLong(Integer::longValue).sum());
        assertEquals(records, status.getLong("current") + status.getLong("history") + status.getLong("duplicates")
                + status.getLong("failed"));
        assertEquals(1, status.getLong("failed"));
        assertEquals(poison, status.getString("failures[0].key"));
        assertThat(status.getString("failures[0].reason"), containsString("headline is missing"));
        assertEquals(before, fingerprint(), "the rebuilt catalog holds what the live consumer had built");
        assertThat("every revision was recorded again after the rebuild emptied the tables",
                count("select count(*) from article_revision where recorded_at < :requested", rebuildRequested),
                equalTo(0L));
        given().when().get("/articles/{id}", killed).then().statusCode(410);
        given().when().get("/articles/{id}", lateRevision).then().statusCode(200).body("revision", equalTo(2));

        String afterwards = newArticleId();
        try (ArticlesTopic topic = new ArticlesTopic(bootstrapServers)) {
            topic.submit(forumReport(afterwards));
        }
        await().atMost(WITHIN).until(() -> given().get("/articles/{id}", afterwards).statusCode() == 200);
        assertNotEquals(before, fingerprint(), "the live consumer goes on after a rebuild");
        assertThat(count("select count(*) from article"), greaterThan(3L));
    }

    private ArticleSubmitted canceled(ArticleSubmitted a) {
        return new ArticleSubmitted(a.articleId(), a.revision(), PubStatus.CANCELED, a.language(), a.publication(),
                a.page(), a.section(), a.headline(), a.subheadline(), a.kicker(), a.dateline(), a.byline(), a.body(),
                a.images(), a.related(), a.subjects(), a.firstCreated(), a.versionCreated(), a.embargoUntil(), a.source());
    }

    private String fingerprint() {
        return inTransaction(() -> (String) entityManager.createNativeQuery(FINGERPRINT).getSingleResult());
    }

    private long count(String sql, Object... requested) {
        return inTransaction(() -> {
            var query = entityManager.createNativeQuery(sql);
            if (requested.length > 0) {
                query.setParameter("requested", requested[0]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    private static <T> T inTransaction(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}
