package io.herald.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.herald.devstack.HeraldService;
import io.herald.devstack.HeraldStack;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Whether acknowledged articles reached readers with the content sent last: the catalog's {@code GET /articles/{id}},
 * render's web page {@code GET /web/articles/{id}} and its WeChat draft {@code GET /wechat/articles/{id}}.
 */
final class WhatReadersSee {

    private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(120);

    private final String catalog;
    private final String render;

    WhatReadersSee(HeraldStack stack) {
        this.catalog = stack.baseUrl(HeraldService.CATALOG).toString();
        this.render = stack.baseUrl(HeraldService.RENDER).toString();
    }

    /**
     * Waits until every acknowledged article is shown with its last revision, headline and passage, and fails naming
     * each one that is not: n acknowledged, n shown.
     */
    void awaitEveryOneShown(List<AcknowledgedArticle> acknowledged) {
        await().atMost(PIPELINE_TIMEOUT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<String> notShown = new ArrayList<>();
            for (AcknowledgedArticle article : acknowledged) {
                String why = whyNotShown(article);
                if (why != null) {
                    notShown.add(article.articleId() + ": " + why);
                }
            }
            assertEquals(acknowledged.size(), acknowledged.size() - notShown.size(),
                    "acknowledged " + acknowledged.size() + ", shown " + (acknowledged.size() - notShown.size())
                            + "; not shown as sent last: " + notShown);
        });
    }

    /** The catalog's status for an article id: 404 when it holds nothing under that id. */
    int catalogStatus(String articleId) {
        return given().baseUri(catalog).when().get("/articles/{id}", articleId).statusCode();
    }

    /** Null when catalog, web page and WeChat draft all show the article as sent last, else what differs. */
    private String whyNotShown(AcknowledgedArticle article) {
        String why = inCatalog(article);
        if (why == null) {
            why = onWeb(article);
        }
        if (why == null) {
            why = inWechatDraft(article);
        }
        return why;
    }

    private String inCatalog(AcknowledgedArticle article) {
        Response response = given().baseUri(catalog).when().get("/articles/{id}", article.articleId());
        if (response.statusCode() != 200) {
            return "catalog answers " + response.statusCode();
        }
        JsonPath json = response.jsonPath();
        if (json.getInt("revision") != article.revision()) {
            return "catalog has revision " + json.getInt("revision") + ", not " + article.revision();
        }
        if (!article.headline().equals(json.getString("headline"))) {
            return "catalog has headline " + json.getString("headline");
        }
        List<String> paragraphs = json.getList("body.text", String.class);
        if (article.passage() != null && paragraphs.stream().filter(Objects::nonNull)
                .noneMatch(text -> text.contains(article.passage()))) {
            return "catalog's body lacks the passage sent last";
        }
        return null;
    }

    private String onWeb(AcknowledgedArticle article) {
        Response response = given().baseUri(render).when().get("/web/articles/{id}", article.articleId());
        if (response.statusCode() != 200) {
            return "web page answers " + response.statusCode();
        }
        String page = response.asString();
        if (!page.contains(article.headline())) {
            return "web page lacks the headline sent last";
        }
        if (article.passage() != null && !page.contains(article.passage())) {
            return "web page lacks the passage sent last";
        }
        return null;
    }

    private String inWechatDraft(AcknowledgedArticle article) {
        Response response = given().baseUri(render).when().get("/wechat/articles/{id}", article.articleId());
        if (response.statusCode() != 200) {
            return "WeChat draft answers " + response.statusCode();
        }
        JsonPath json = response.jsonPath();
        if (json.getInt("revision") != article.revision()) {
            return "WeChat draft is of revision " + json.getInt("revision") + ", not " + article.revision();
        }
        String content = json.getString("content");
        if (content == null || content.isBlank()) {
            return "WeChat draft has no content (status " + json.getString("status") + ")";
        }
        if (article.passage() != null && !content.contains(article.passage())) {
            return "WeChat draft's content lacks the passage sent last";
        }
        return null;
    }
}
