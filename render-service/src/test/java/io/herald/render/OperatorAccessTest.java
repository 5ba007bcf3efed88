package io.herald.render;

import static io.herald.service.operator.testing.TestOperator.asOperator;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.service.operator.testing.OperatorEndpoints;
import io.herald.service.operator.testing.OperatorLog;
import io.herald.service.operator.testing.TestOperator;
import io.quarkus.test.junit.QuarkusTest;

/** Operator endpoints need an operator key (README, "Operating render"); readers' endpoints stay public. */
@QuarkusTest
@RealBrokerAndDatabase
class OperatorAccessTest extends RenderServiceTest {

    @Test
    void everyOperatorEndpointNeedsAnOperatorKey() {
        List<String> checked = OperatorEndpoints.assertEveryOneNeedsAnOperatorKey("/admin").stream()
                .map(Object::toString).toList();
        assertThat(checked, hasItems("GET /admin/rerender", "POST /admin/rerender", "GET /admin/outbox/parked",
                "POST /admin/outbox/parked/{eventId}/resend"));
    }

    @Test
    void withoutAKeyIsAnUnauthorizedProblemAndAWrongKeyAForbiddenOne() {
        OperatorEndpoints.assertUnauthorizedWithoutAKey(given().queryParam("dryRun", true), "POST", "/admin/rerender");
        OperatorEndpoints.assertForbiddenWithTheWrongKey("not-the-key", "POST", "/admin/rerender");
    }

    @Test
    void theOperatorKeyStartsAReRenderAndTheActionIsLoggedByTheKeysName() {
        try (OperatorLog log = OperatorLog.capture()) {
            asOperator().queryParam("dryRun", true).when().post("/admin/rerender")
                    .then().statusCode(202);
            await().atMost(Duration.ofSeconds(30)).until(() -> !"running".equals(
                    asOperator().get("/admin/rerender").then().statusCode(200).extract().path("state")));

            assertThat(log.lines(), hasItem(matchesPattern(
                    "INFO operator test: POST /admin/rerender\\?dryRun=true at 20\\d\\d-\\d\\d-\\d\\dT.*Z")));
            assertThat(log.lines(), hasItem(matchesPattern("INFO operator test: GET /admin/rerender at 20.*Z")));
            assertThat(log.lines(), not(hasItem(containsString(TestOperator.KEY))));
        }
    }

    @Test
    void readersEndpointsAnswerWithoutAKeyAndDeclareNoSecurity() {
        String id = SampleArticles.newArticleId("public");
        kafka.submit(SampleArticles.firstArticle(id, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/web/articles/{id}", id).statusCode() == 200);
        given().when().get("/wechat/articles/{id}", id).then().statusCode(200);
        given().header("Authorization", "Bearer wrong-key").when().get("/web/articles/{id}", id).then().statusCode(200);
        given().when().get("/feeds/rss.xml").then().statusCode(200);
        given().when().get("/feeds/atom.xml").then().statusCode(200);
        given().when().get("/sitemap-news.xml").then().statusCode(200);
        given().when().get("/static/herald.css").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/web/articles/{id}'.get.security", nullValue())
                .body("paths.'/admin/rerender'.post.security[0]", hasKey("operator-key"))
                .body("components.securitySchemes.'operator-key'.type", equalTo("http"))
                .body("components.securitySchemes.'operator-key'.scheme", equalTo("bearer"));
    }
}
