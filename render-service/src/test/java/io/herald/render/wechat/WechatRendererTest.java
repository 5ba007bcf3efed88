package io.herald.render.wechat;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleRendered.WechatArticle;
import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
import io.herald.events.Contributor;
import io.herald.events.Image;
import io.herald.events.PubStatus;
import io.herald.events.Publication;
import io.herald.events.RelatedEntry;
import io.herald.events.Source;
import io.herald.events.testing.ReferencePage;
import io.herald.render.SampleArticles;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the renderer makes of an article, on the application's own configuration (WeChat's limits by default);
 * the flow through the broker to {@code /wechat/articles/{id}} is {@link WechatArticleTest}'s.
 */
@QuarkusTest
@RealBrokerAndDatabase
class WechatRendererTest {

    private static final Set<String> SAFE_TAGS = Set.of("body", "section", "p", "span", "strong", "em",
            "b", "br", "blockquote", "img", "sup", "a");

    @Inject
    WechatRenderer renderer;

    @Test
    void referencePageItemsStayWithinWechatLimitsExceptTheSymposiumHeadline() {
        for (String item : List.of(ReferencePage.SYMPOSIUM, ReferencePage.PHOTO, ReferencePage.FORUM)) {
            ArticleSubmitted article = ReferencePage.item(item, "limits");

            WechatArticle wechat = renderer.render(article);

            assertEquals(article.headline(), wechat.title(), item);
            assertTrue(codePoints(wechat.author()) <= 16, item + ": " + wechat.author());
            assertTrue(codePoints(wechat.digest()) <= 120, item + ": " + wechat.digest());
            assertTrue(codePoints(wechat.content()) < 20_000, item);
            assertTrue(wechat.content().getBytes(UTF_8).length < 1_000_000, item);
            assertTrue(wechat.contentSourceUrl().getBytes(UTF_8).length <= 1024, item);
            if (item.equals(ReferencePage.SYMPOSIUM)) {
                // 2026年全国工业和信息化科技创新和产业创新融合发展工作座谈会召开: 33 characters, one over; kept whole
                assertEquals(33, codePoints(wechat.title()));
                assertFalse(wechat.publishable());
                assertEquals(List.of("title has 33 characters, WeChat allows 32"), wechat.problems());
            } else {
                assertTrue(codePoints(wechat.title()) <= 32, item + ": " + wechat.title());
                assertTrue(wechat.publishable(), item + ": " + wechat.problems());
                assertEquals(List.of(), wechat.problems());
            }
        }
    }

    @Test
    void referenceItemsHaveTheirAuthorsDigestAndCommentFlags() {
        WechatArticle forum = renderer.render(ReferencePage.item(ReferencePage.FORUM, "fields"));
        WechatArticle photo = renderer.render(ReferencePage.item(ReferencePage.PHOTO, "fields"));
        WechatArticle symposium = renderer.render(ReferencePage.item(ReferencePage.SYMPOSIUM, "fields"));

        assertEquals("张伟", forum.author());
        assertEquals("刘甲", photo.author());
        assertEquals("姚雯", symposium.author());
        // the forum's first sentence is longer than the digest: it ends at the last clause that fits, with …
        assertEquals("3月29日,2026中关村论坛年会“重大成果专场发布会”上,面向世界科技前沿、面向经济主战场、面向国家重大需求、"
                + "面向人民生命健康的4类21项重大科技成果集中发布,全面展现我国在基础研究、产业应用、战略保障…", forum.digest());
        // the symposium's first two sentences fit
        assertEquals("4月2-3日,全国工业和信息化科技创新和产业创新融合发展工作座谈会在苏州市召开。会议深入学习贯彻习近平总书记"
                + "关于科技创新和产业创新融合发展的重要论述,贯彻落实中央经济工作会议精神,研究部署下一阶段产业科技创新重点工作任务。",
                symposium.digest());
        WechatArticle summarised = renderer.render(ReferencePage.item(ReferencePage.FORUM, "fields", "summarised",
                json -> json.put("summary", "中关村论坛年会发布21项重大科技成果。")));
        assertEquals("中关村论坛年会发布21项重大科技成果。", summarised.digest(), "the newsroom's summary is the digest");
        assertEquals(0, forum.needOpenComment());
        assertEquals(0, forum.onlyFansCanComment());
        assertNull(forum.thumbMediaId());
    }

    @Test
    void characterCountAndReadingTimeAreTheBodysAndOpenTheContent() {
        ArticleSubmitted forum = ReferencePage.item(ReferencePage.FORUM, "reading");
        int characters = forum.body().stream().mapToInt(block -> codePoints(block.text())).sum(); // no spaces in it

        WechatArticle wechat = renderer.render(forum);

        assertEquals(characters, wechat.characters());
        assertTrue(characters > 800 && characters < 1200, "characters " + characters);
        // about 960 characters at 400 a minute plus a few Latin words: 3 minutes, rounded up
        assertEquals(3, wechat.readingMinutes());
        Element first = parse(wechat.content()).selectFirst("section > p");
        assertEquals("全文约" + characters + "字，阅读约3分钟", first.text());
    }

    @Test
    void titleLongerThanWechatAllowsIsKeptWholeAndMarkedNotPublishable() {
        String headline = "全国工业和信息化科技创新和产业创新融合发展工作座谈会在苏州召开部署下一阶段重点任务";

        WechatArticle wechat = renderer.render(article(headline, List.of(new Contributor("姚雯", Contributor.Role.AUTHOR)),
                List.of(BodyBlock.paragraph("正文。"))));

        assertEquals(41, codePoints(headline));
        assertEquals(headline, wechat.title());
        assertFalse(wechat.publishable());
        assertEquals(List.of("title has 41 characters, WeChat allows 32"), wechat.problems());
    }

    @Test
    void missingTitleIsMarkedNotPublishable() {
        WechatArticle wechat = renderer.render(article(" ", List.of(), List.of(BodyBlock.paragraph("正文。"))));

        assertFalse(wechat.publishable());
        assertEquals(List.of("title is missing, WeChat requires one"), wechat.problems());
    }

    @Test
    void titleOfSupplementaryCharactersIsCountedInCodePoints() {
        // 32 characters, 64 UTF-16 units: within the limit
        WechatArticle wechat = renderer.render(article("𠀀".repeat(32), List.of(), List.of(BodyBlock.paragraph("正文。"))));

        assertTrue(wechat.publishable(), wechat.problems().toString());
    }

    @Test
    void authorNameLongerThanWechatAllowsIsKeptWholeAndMarkedNotPublishable() {
        String name = "International Correspondent Desk";

        WechatArticle wechat = renderer.render(article("标题", List.of(new Contributor(name, Contributor.Role.AUTHOR)),
                List.of(BodyBlock.paragraph("正文。"))));

        assertEquals(name, wechat.author());
        assertFalse(wechat.publishable());
        assertEquals(List.of("author has 32 characters, WeChat allows 16"), wechat.problems());
    }

    @Test
    void severalAuthorsTooLongTogetherBecomeTheFirstOnesAndOthers() {
        List<Contributor> byline = List.of(new Contributor("欧阳明远", Contributor.Role.REPORTER),
                new Contributor("司马光华", Contributor.Role.REPORTER), new Contributor("诸葛文静", Contributor.Role.CORRESPONDENT),
                new Contributor("上官云飞", Contributor.Role.CORRESPONDENT));

        WechatArticle wechat = renderer.render(article("标题", byline, List.of(BodyBlock.paragraph("正文。"))));

        assertEquals("欧阳明远、司马光华、诸葛文静等", wechat.author());
        assertTrue(wechat.publishable(), wechat.problems().toString());
    }

    @Test
    void contentOfTwentyThousandCharactersOrMoreIsMarkedNotPublishableNotCut() {
        String paragraph = "中".repeat(999) + "。";
        List<BodyBlock> body = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            body.add(BodyBlock.paragraph(paragraph));
        }
        body.add(BodyBlock.paragraph("全文完。"));

        WechatArticle wechat = renderer.render(article("标题", List.of(), body));

        int characters = codePoints(wechat.content());
        assertTrue(characters >= 20_000, "content has " + characters);
        assertTrue(wechat.content().contains("全文完。"), "content was cut");
        assertFalse(wechat.publishable());
        assertEquals(List.of("content has " + characters + " characters, WeChat allows fewer than 20000"),
                wechat.problems());
    }

    @Test
    void contentOfOneMegabyteOrMoreIsMarkedNotPublishable() {
        // 350,000 Chinese characters are 1,050,000 bytes in UTF-8
        WechatArticle wechat = renderer.render(article("标题", List.of(),
                List.of(BodyBlock.paragraph("中".repeat(350_000)))));

        int characters = codePoints(wechat.content());
        int bytes = wechat.content().getBytes(UTF_8).length;
        assertTrue(bytes >= 1_000_000, "content has " + bytes + " bytes");
        assertFalse(wechat.publishable());
        assertEquals(List.of("content has " + characters + " characters, WeChat allows fewer than 20000",
                "content has " + bytes + " bytes in UTF-8, WeChat allows fewer than 1000000"), wechat.problems());
    }

    @Test
    void externalAddressesBecomeNumberedFootnotesAndWechatArticlesStayLinks() {
        String most = "https://www.most.gov.cn/kjbgz/";
        String example = "http://example.org/a?b=1&c=2";
        String wechatArticle = "https://mp.weixin.qq.com/s/abc?x=1&y=2";
        WechatArticle wechat = renderer.render(article("标题", List.of(), List.of(
                BodyBlock.paragraph("详见" + most + "。原文见" + wechatArticle + "，附件见" + example + "（附件）"),
                new BodyBlock(BodyBlock.Type.QUOTE, "再次引用" + most, null, null, null))));

        Document content = parse(wechat.content());

        List<String> paragraphs = content.select("section > p, section > blockquote").eachText();
        assertTrue(paragraphs.contains("详见" + most + "[1]。原文见" + wechatArticle + "，附件见" + example + "[2]（附件）"),
                paragraphs.toString());
        assertTrue(paragraphs.contains("再次引用" + most + "[1]"), paragraphs.toString());
        assertEquals(List.of("[1]", "[2]", "[1]"), content.select("sup").eachText());
        assertEquals(List.of(wechatArticle), content.select("a").eachAttr("href"));
        assertEquals(List.of(wechatArticle), content.select("a").eachText());
        int references = paragraphs.indexOf("参考资料");
        assertTrue(references > 0, paragraphs.toString());
        assertEquals(List.of("[1] " + most, "[2] " + example), paragraphs.subList(references + 1, paragraphs.size()));
    }

    @Test
    void articleWithoutExternalAddressesHasNoReferenceList() {
        WechatArticle wechat = renderer.render(ReferencePage.item(ReferencePage.FORUM, "no-references"));

        assertFalse(wechat.content().contains("参考资料"));
        assertTrue(parse(wechat.content()).select("sup, a").isEmpty());
    }

    @Test
    void listItemsBecomeParagraphsAndHeadingsBoldParagraphs() {
        WechatArticle wechat = renderer.render(article("标题", List.of(), List.of(
                new BodyBlock(BodyBlock.Type.HEADING, "四个鲜明特点", 2, null, null),
                new BodyBlock(BodyBlock.Type.LIST, null, null, List.of("高能同步辐射光源", "二维金属"), null))));

        Document content = parse(wechat.content());

        assertTrue(content.select("ul, ol, li, h1, h2, h3, h4, h5, h6").isEmpty(), wechat.content());
        List<String> paragraphs = content.select("section > p").eachText();
        assertTrue(paragraphs.containsAll(List.of("四个鲜明特点", "• 高能同步辐射光源", "• 二维金属")), paragraphs.toString());
        Element heading = content.select("section > p").stream().filter(p -> p.text().equals("四个鲜明特点")).findFirst()
                .orElseThrow();
        assertTrue(heading.attr("style").contains("font-weight:bold"), heading.outerHtml());
    }

    @Test
    void contentHasInlineStylesOnlyNoClassesNoStyleSheets() {
        for (String item : List.of(ReferencePage.SYMPOSIUM, ReferencePage.PHOTO, ReferencePage.FORUM)) {
            Document content = parse(renderer.render(ReferencePage.item(item, "styles")).content());

            assertTrue(content.select("style, link, [class]").isEmpty(), item);
            for (Element element : content.body().select("section, p, blockquote")) {
                assertFalse(element.attr("style").isEmpty(), item + ": " + element.outerHtml());
            }
        }
    }

    @Test
    void imagesOnWechatHostsAreShownAndOthersBecomeUploadPlaceholdersWithTheirCaptions() {
        WechatArticle wechat = renderer.render(article("标题", List.of(), List.of(
                BodyBlock.paragraph("正文。"),
                new BodyBlock(BodyBlock.Type.IMAGE, null, null, null, new Image("https://img.example.test/fenji.jpg",
                        "图为“奋楫号”盾构机下线现场", "新华社发", "刘甲", null)),
                new BodyBlock(BodyBlock.Type.IMAGE, null, null, null, new Image("https://mmbiz.qpic.cn/mmbiz_jpg/a/0",
                        "高能同步辐射光源", null, null, "光源全景")),
                new BodyBlock(BodyBlock.Type.IMAGE, null, null, null, new Image(null, "无地址的图片", null, null, null)))));

        Document content = parse(wechat.content());

        assertEquals(List.of("https://mmbiz.qpic.cn/mmbiz_jpg/a/0"), content.select("img").eachAttr("src"));
        assertEquals("光源全景", content.selectFirst("img").attr("alt"));
        List<Element> placeholders = content.select("p:contains(待上传图片)");
        assertEquals(2, placeholders.size(), wechat.content());
        assertEquals("https://img.example.test/fenji.jpg", placeholders.get(0).attr(WechatHtml.UPLOAD_ATTRIBUTE));
        assertEquals("待上传图片：https://img.example.test/fenji.jpg", placeholders.get(0).text());
        assertEquals("图为“奋楫号”盾构机下线现场 新华社发 刘甲/摄", placeholders.get(0).nextElementSibling().text());
        assertFalse(placeholders.get(1).hasAttr(WechatHtml.UPLOAD_ATTRIBUTE));
        assertEquals("无地址的图片", placeholders.get(1).nextElementSibling().text());
        assertEquals("高能同步辐射光源", content.selectFirst("img").parent().nextElementSibling().text());
        // the cover is the first image, to upload from where it is
        assertEquals("https://img.example.test/fenji.jpg", wechat.thumbUrl());
    }

    @Test
    void articleImagesTheBodyDoesNotShowFollowTheBodyOnceAndTheFirstIsTheCover() {
        ArticleSubmitted photo = ReferencePage.item(ReferencePage.PHOTO, "images");

        WechatArticle wechat = renderer.render(photo);

        // the photo item's image is both in its body and among its images: shown once; it has no address
        Document content = parse(wechat.content());
        assertEquals(1, content.select("p:contains(待上传图片)").size(), wechat.content());
        assertNull(wechat.thumbUrl());
        assertTrue(content.text().contains("图为“奋楫号”盾构机下线现场(无人机照片) 新华社发 刘甲/摄"), wechat.content());

        Image extra = new Image("https://mmbiz.qpic.cn/mmbiz_jpg/b/0", "另一张", null, null, null);
        WechatArticle withExtra = renderer.render(new ArticleSubmitted("demo:images", 1, PubStatus.USABLE, "zh-CN", null,
                null, null, "标题", null, null, null, List.of(), List.of(BodyBlock.paragraph("正文。")), List.of(extra),
                List.of(), List.of(), null, null, null, null));
        assertEquals("https://mmbiz.qpic.cn/mmbiz_jpg/b/0", withExtra.thumbUrl());
        assertEquals(1, parse(withExtra.content()).select("img").size());
    }

    @Test
    void xssCorpusInEveryTextAndUrlFieldLeavesNothingThatRuns() throws IOException {
        List<String> payloads = xssPayloads();
        assertTrue(payloads.size() > 50, "corpus has " + payloads.size());
        for (String payload : payloads) {
            WechatArticle wechat = renderer.render(everyFieldCarrying(payload));

            Document content = parse(wechat.content());
            for (Element element : content.body().getAllElements()) {
                String where = "payload " + payload + " left " + element.outerHtml();
                assertTrue(SAFE_TAGS.contains(element.normalName()), where);
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    assertTrue(Set.of("style", "href", "src", "alt", WechatHtml.UPLOAD_ATTRIBUTE).contains(name), where);
                    if (Set.of("href", "src", WechatHtml.UPLOAD_ATTRIBUTE).contains(name)) {
                        assertTrue(attribute.getValue().matches("(?i)https?://\\S+"), where);
                    }
                    if (name.equals("style")) {
                        assertFalse(attribute.getValue().matches("(?is).*(javascript|expression|url\\().*"), where);
                    }
                }
            }
            for (Element link : content.select("a")) {
                assertTrue(WechatHtml.isWechatArticle(link.attr("href")), "payload " + payload + ": " + link);
            }
            for (Element image : content.select("img")) {
                assertTrue(WechatHtml.isWechatImage(image.attr("src")), "payload " + payload + ": " + image);
            }
        }
    }

    /** An article with {@code payload} in every text field, in every image address, and after every kind of link. */
    private static ArticleSubmitted everyFieldCarrying(String payload) {
        Image image = new Image(payload, payload, payload, payload, payload);
        Image onWechat = new Image("https://mmbiz.qpic.cn/a.png" + payload, payload, payload, payload, payload);
        Image elsewhere = new Image("https://img.example.test/a.png" + payload, payload, payload, payload, payload);
        List<BodyBlock> body = List.of(
                BodyBlock.paragraph("正文" + payload),
                BodyBlock.paragraph("见https://example.org/" + payload + " 与 https://mp.weixin.qq.com/s/" + payload),
                new BodyBlock(BodyBlock.Type.HEADING, payload, 2, null, null),
                new BodyBlock(BodyBlock.Type.QUOTE, payload, null, null, null),
                new BodyBlock(BodyBlock.Type.LIST, null, null, List.of(payload, "https://mp.weixin.qq.com/" + payload), null),
                new BodyBlock(BodyBlock.Type.IMAGE, null, null, null, image),
                new BodyBlock(BodyBlock.Type.IMAGE, null, null, null, onWechat),
                new BodyBlock(BodyBlock.Type.IMAGE, null, null, null, elsewhere),
                new BodyBlock(BodyBlock.Type.UNKNOWN, payload, null, List.of(payload), image));
        return new ArticleSubmitted("demo:xss", 1, PubStatus.USABLE, payload,
                new Publication(payload, payload, LocalDate.of(2026, 4, 6), 12, 2664, 16, payload, payload),
                payload, payload, "标题" + payload, payload, payload, payload,
                List.of(new Contributor(payload, Contributor.Role.REPORTER), new Contributor(payload, null)),
                body, List.of(image, new Image(payload + "https://mmbiz.qpic.cn/b.png", payload, null, null, null)),
                List.of(new RelatedEntry(payload, payload)), List.of(payload), Instant.EPOCH, Instant.EPOCH, null,
                new Source(payload, payload));
    }

    private static ArticleSubmitted article(String headline, List<Contributor> byline, List<BodyBlock> body) {
        return new ArticleSubmitted(SampleArticles.newArticleId("renderer"), 1, PubStatus.USABLE, "zh-CN", null, null,
                null, headline, null, null, null, byline, body, List.of(), List.of(), List.of(), null, null, null, null);
    }

    private static List<String> xssPayloads() throws IOException {
        try (InputStream in = WechatRendererTest.class.getResourceAsStream("/xss-payloads.txt")) {
            return new String(in.readAllBytes(), UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
    }

    private static Document parse(String content) {
        return Jsoup.parseBodyFragment(content);
    }

    private static int codePoints(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
