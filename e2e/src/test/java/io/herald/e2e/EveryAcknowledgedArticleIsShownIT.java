package io.herald.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.HeraldStack;
import io.restassured.path.json.JsonPath;

/**
 * Every 2xx answer of ingest is a promise: each article id an intake acknowledged becomes readable in the catalog and
 * rendered (web page and WeChat draft) with the content sent last. Each test posts through one intake as a newsroom
 * would, collects every id the answer acknowledged, posts a correction (a higher revision with another headline and
 * paragraph) and waits until exactly as many articles as were acknowledged show the correction.
 */
@ExtendWith(RunningStack.class)
class EveryAcknowledgedArticleIsShownIT {

    private static final String REFERENCE_ARTICLE = "/reference-article-p01-symposium.json";
    private static final String SUPERDESK_ITEM = "/superdesk/text-item.json";
    private static final String PAGE = "/pages/china-hightech-herald-2026-04-06-p01.md";

    private static Newsroom newsroom;
    private static WhatReadersSee readers;

    @BeforeAll
    static void connect(HeraldStack stack) {
        newsroom = new Newsroom(stack);
        readers = new WhatReadersSee(stack);
    }

    @Test
    void everyArticleAcknowledgedByPostArticlesIsShownAsCorrectedLast() {
        List<AcknowledgedArticle> acknowledged = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            String sourceId = "promise-json-" + n;
            String articleId = newsroom.postArticle(referenceArticle(sourceId, 1))
                    .statusCode(202).body("revision", equalTo(1)).extract().path("articleId");
            Correction correction = new Correction(sourceId, 2);
            newsroom.postArticle(correction.article())
                    .statusCode(202).body("articleId", equalTo(articleId)).body("revision", equalTo(2));
            acknowledged.add(correction.acknowledgedAs(articleId));
        }

        assertEquals(3, distinctIds(acknowledged));
        readers.awaitEveryOneShown(acknowledged);
    }

    @Test
    void everyLineAcknowledgedByBulkIntakeIsShownAsCorrectedLastAndNoRefusedLineIs() {
        int articles = 20;
        List<String> sourceIds = IntStream.rangeClosed(1, articles).mapToObj(n -> "promise-bulk-" + n).toList();
        List<String> firstLines = new ArrayList<>(sourceIds.stream().map(id -> referenceArticle(id, 1).toString()).toList());
        // What a newsroom's export also holds: a line without body, a broken line, another source's line, a blank line.
        ObjectNode withoutBody = referenceArticle("promise-bulk-without-body", 1);
        withoutBody.remove("body");
        firstLines.add(5, withoutBody.toString());
        firstLines.add(9, "");
        firstLines.add(12, "{\"sourceId\": \"promise-bulk-broken\", \"headline\": \"断行");
        firstLines.add(16, referenceArticle("promise-bulk-other-source", 1).put("source", "wire").toString());

        JsonPath first = newsroom.postBulk(String.join("\n", firstLines) + "\n")
                .statusCode(200).body("accepted", equalTo(articles)).body("rejected", equalTo(3))
                .body("lines", hasSize(articles + 3)).extract().jsonPath();
        List<String> firstIds = first.getList("lines.findAll { it.articleId != null }.articleId", String.class);
        // Refused lines are reported with their errors (line numbers count the blank line too), not dropped.
        assertEquals(List.of(6, 13, 17), first.getList("lines.findAll { it.errors != null }.line", Integer.class));

        // Every article corrected, and the first three corrected again further down the same request.
        List<Correction> corrections = new ArrayList<>(sourceIds.stream().map(id -> new Correction(id, 2)).toList());
        sourceIds.subList(0, 3).forEach(id -> corrections.add(new Correction(id, 3)));
        JsonPath second = newsroom.postBulk(corrections.stream().map(c -> c.article() + "\n").collect(Collectors.joining()))
                .statusCode(200).body("accepted", equalTo(corrections.size())).body("rejected", equalTo(0))
                .extract().jsonPath();
        Map<String, AcknowledgedArticle> lastAcknowledged = new LinkedHashMap<>();
        for (Map<String, Object> line : second.<Map<String, Object>>getList("lines")) {
            Correction sent = corrections.get((Integer) line.get("line") - 1);
            assertEquals(sent.revision(), line.get("revision"), "revision of line " + line);
            lastAcknowledged.put((String) line.get("articleId"), sent.acknowledgedAs((String) line.get("articleId")));
        }

        assertEquals(articles, lastAcknowledged.size());
        assertEquals(new HashSet<>(firstIds), lastAcknowledged.keySet(),
                "the corrections name the articles the first request acknowledged");
        readers.awaitEveryOneShown(List.copyOf(lastAcknowledged.values()));
        for (String refused : List.of("promise-bulk-without-body", "promise-bulk-other-source")) {
            assertEquals(404, readers.catalogStatus(Newsroom.SOURCE + ":" + refused),
                    refused + " was refused, so nothing of it is published");
        }
    }

    @Test
    void everyNinjsItemAcknowledgedIsShownAsCorrectedLast() {
        List<NinjsExample> examples = List.of(
                new NinjsExample("/ninjs/dpa_text.json",
                        "Für Lucien Favre war es «der größte Skandal im Fußball seit Jahren».",
                        "Für Lucien Favre war es nach dem Spiel ein klarer Fehlentscheid des Schiedsrichters.",
                        "Faktencheck Derby-Elfmeter: Lag Schiedsrichter Zwayer richtig?"),
                new NinjsExample("/ninjs/004_simple_text_article.json",
                        "The trial of the captain of the shipwrecked Costa Concordia cruise liner has begun",
                        "The trial of the captain of the Costa Concordia opened on Tuesday",
                        "Trial of wrecked cruise ship captain opens in Grosseto"));
        List<AcknowledgedArticle> acknowledged = new ArrayList<>();
        for (NinjsExample example : examples) {
            JsonPath receipt = newsroom.postNinjs(TestFiles.bytes(example.resource()))
                    .statusCode(202).extract().jsonPath();
            String articleId = receipt.getString("articleId");
            int revision = receipt.getInt("revision") + 1;
            newsroom.postNinjs(example.correction(revision).toString().getBytes(UTF_8))
                    .statusCode(202).body("articleId", equalTo(articleId)).body("revision", equalTo(revision));
            acknowledged.add(new AcknowledgedArticle(articleId, revision, example.correctedHeadline(),
                    example.correctedPassage()));
        }

        assertEquals(examples.size(), distinctIds(acknowledged));
        readers.awaitEveryOneShown(acknowledged);
    }

    @Test
    void everySuperdeskPushAcknowledgedIsShownAsCorrectedLast() {
        List<AcknowledgedArticle> acknowledged = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            // Another story of the same shape: Superdesk's guid ends with the item's own UUID.
            ObjectNode item = TestFiles.object(SUPERDESK_ITEM);
            UUID story = UUID.nameUUIDFromBytes(("promise-superdesk-" + n).getBytes(UTF_8));
            item.put("guid", item.get("guid").textValue().replaceFirst("[0-9a-f-]{36}$", story.toString()));
            String articleId = newsroom.pushSuperdeskItem(item)
                    .statusCode(202).body("revision", equalTo(1)).extract().path("articleId");

            // A correction in Superdesk: the same guid, the next version, the corrected text and an editor's note.
            String headline = "燃料电池汽车规模化发展提速（更正" + n + "）";
            String passage = "更正" + n + "：记者从中国汽车工业协会获悉，今年一季度我国燃料电池汽车产量同比增长，销量与上年同期持平。";
            String bodyHtml = item.get("body_html").textValue().replaceFirst("<p>[^<]*</p>", "<p>" + passage + "</p>");
            ObjectNode correction = item.deepCopy().put("version", "2").put("headline", headline).put("body_html", bodyHtml)
                    .put("ednote", "更正：一季度销量与上年同期持平。").put("versioncreated", "2026-04-06T03:40:10+0000");
            assertNotEquals(item.get("body_html"), correction.get("body_html"));
            newsroom.pushSuperdeskItem(correction)
                    .statusCode(202).body("articleId", equalTo(articleId)).body("revision", equalTo(2));
            acknowledged.add(new AcknowledgedArticle(articleId, 2, headline, passage));
        }

        assertEquals(2, distinctIds(acknowledged));
        readers.awaitEveryOneShown(acknowledged);
    }

    @Test
    void everyItemOfAPageAcknowledgedIsShownAsCorrectedLast() {
        String page = TestFiles.text(PAGE);
        String paragraph = "北京市科委、中关村管委会相关负责人介绍说,本次成果发布具有4个鲜明特点。";
        String correctedParagraph = "北京市科委、中关村管委会相关负责人介绍说,本次集中发布的成果具有四个鲜明特点。";
        String correctedPage = page.replace(paragraph, correctedParagraph);
        assertNotEquals(page, correctedPage, "the reference page holds the paragraph the correction changes");

        JsonPath first = newsroom.postPage(page, 1).statusCode(202).extract().jsonPath();
        List<String> ids = first.getList("items.articleId", String.class);
        // The page's two articles and its photo item.
        assertEquals(3, ids.size(), "items of the reference page: " + first.getList("items.headline"));
        assertEquals(ids.size(), new HashSet<>(ids).size(), "one id per item: " + ids);

        // Today a page is corrected by posting it again whole with a higher revision for every item.
        JsonPath second = newsroom.postPage(correctedPage, 2).statusCode(202).extract().jsonPath();
        assertEquals(ids, second.getList("items.articleId", String.class), "the corrected page's items keep their ids");
        List<AcknowledgedArticle> acknowledged = new ArrayList<>();
        List<Map<String, Object>> items = second.getList("items");
        for (Map<String, Object> item : items) {
            assertEquals(2, item.get("revision"), "revision of " + item.get("articleId"));
            String headline = (String) item.get("headline");
            acknowledged.add(new AcknowledgedArticle((String) item.get("articleId"), 2, headline,
                    headline.startsWith("2026中关村论坛年会") ? correctedParagraph : null));
        }
        assertEquals(1, acknowledged.stream().filter(article -> article.passage() != null).count(),
                "one item holds the corrected paragraph: " + acknowledged);

        readers.awaitEveryOneShown(acknowledged);
    }

    /** The reference article (the walk-through's sample) under another source id and revision. */
    private static ObjectNode referenceArticle(String sourceId, int revision) {
        ObjectNode article = TestFiles.object(REFERENCE_ARTICLE);
        return article.put("sourceId", sourceId).put("revision", revision);
    }

    /**
     * A revision of the reference article as a newsroom corrects it: another headline and first paragraph, both naming
     * the article and the revision, so that an article showing another one's text or an older revision's is caught.
     */
    private record Correction(String sourceId, int revision) {

        String headline() {
            return "全国工业和信息化科技创新和产业创新融合发展工作座谈会在苏州召开（" + sourceId + " 第" + revision + "稿）";
        }

        String passage() {
            return "更正 " + sourceId + " 第" + revision + "稿：全国工业和信息化科技创新和产业创新融合发展工作座谈会于四月二日至三日在苏州市召开。";
        }

        ObjectNode article() {
            ObjectNode article = referenceArticle(sourceId, revision).put("headline", headline());
            ((ObjectNode) article.get("body").get(0)).put("text", passage());
            return article;
        }

        AcknowledgedArticle acknowledgedAs(String articleId) {
            return new AcknowledgedArticle(articleId, revision, headline(), passage());
        }
    }

    private static long distinctIds(List<AcknowledgedArticle> acknowledged) {
        return acknowledged.stream().map(AcknowledgedArticle::articleId).distinct().count();
    }

    /**
     * An IPTC ninjs example and its correction: the next version, another main headline and one passage replaced in
     * every body.
     */
    private record NinjsExample(String resource, String passage, String correctedPassage, String correctedHeadline) {

        ObjectNode correction(int version) {
            ObjectNode item = TestFiles.object(resource).put("version", String.valueOf(version));
            for (JsonNode headline : item.get("headlines")) {
                if ("main".equals(headline.path("role").textValue())) {
                    ((ObjectNode) headline).put("value", correctedHeadline);
                }
            }
            for (JsonNode body : item.get("bodies")) {
                String value = body.get("value").textValue();
                assertNotEquals(value, value.replace(passage, correctedPassage), resource + " holds the corrected passage");
                ((ObjectNode) body).put("value", value.replace(passage, correctedPassage));
            }
            return item;
        }
    }
}
