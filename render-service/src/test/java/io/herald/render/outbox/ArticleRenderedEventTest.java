package io.herald.render.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleRendered;
import io.herald.events.ArticleSubmitted;
import io.herald.events.EventContract;
import io.herald.events.EventJson;
import io.herald.events.PubStatus;
import io.herald.events.testing.ReferencePage;
import io.herald.render.RenderServiceTest;
import io.herald.render.SampleArticles;
import io.herald.render.TestKafka;
import io.herald.render.store.Rendition;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
@RealBrokerAndDatabase
class ArticleRenderedEventTest extends RenderServiceTest {

    @Inject
    Outbox outbox;

    @Test
    void renderedArticleIsAnnouncedWithCloudEventsHeadersAndWechatArticle() {
        String id = SampleArticles.newArticleId("rendered");
        kafka.submit(SampleArticles.firstArticle(id, 1));

        ConsumerRecord<String, byte[]> record = awaitRecords(id, 1).get(0);

        assertEquals(EventContract.TYPE_ARTICLE_RENDERED, header(record, EventContract.CE_TYPE));
        assertEquals("/render", header(record, EventContract.CE_SOURCE));
        assertEquals(id, header(record, EventContract.CE_SUBJECT));
        ArticleRendered event = EventJson.read(record.value(), ArticleRendered.class);
        assertEquals(Outbox.eventId(event).toString(), header(record, EventContract.CE_ID));
        assertEquals(id, event.articleId());
        assertEquals(1, event.revision());
        assertEquals(ArticleRendered.Status.PUBLISHED, event.status());
        assertEquals("https://news.example.test/web/articles/" + id, event.webUrl());
        assertEquals(SampleArticles.HEADLINE, event.wechat().title());
        assertEquals(SampleArticles.AUTHOR, event.wechat().author());
        assertEquals(event.webUrl(), event.wechat().contentSourceUrl());
        assertTrue(event.wechat().content().contains(SampleArticles.PARAGRAPHS.get(0)));
        assertEquals(new ArticleRendered.Origin("中国高新技术产业导报", "demo", "要闻"), event.origin());
    }

    @Test
    void renditionKeptWithoutItsDocumentIsAnnouncedWithoutItsNewsroomSystem() {
        Rendition old = new Rendition();
        old.articleId = SampleArticles.newArticleId("old");
        old.revision = 1;
        old.pubStatus = PubStatus.CANCELED;
        old.publicationName = SampleArticles.PUBLICATION.name();
        old.section = "要闻";

        assertEquals(new ArticleRendered.Origin("中国高新技术产业导报", null, "要闻"), outbox.announcement(old).origin());
    }

    @Test
    void wechatLimitTheArticleCannotMeetIsAReasonWhileTheWebPageStaysPublished() {
        String id = SampleArticles.newArticleId("rendered-limit");
        // the sample's headline has 33 characters, one more than WeChat allows
        kafka.submit(SampleArticles.firstArticle(id, 1));

        ArticleRendered event = EventJson.read(awaitRecords(id, 1).get(0).value(), ArticleRendered.class);

        assertEquals(ArticleRendered.Status.PUBLISHED, event.status());
        assertEquals(List.of("wechat: title has 33 characters, WeChat allows 32"), event.reasons());
        assertFalse(event.wechat().publishable());
        assertEquals(List.of("title has 33 characters, WeChat allows 32"), event.wechat().problems());
        assertEquals(SampleArticles.HEADLINE, event.wechat().title());
    }

    @Test
    void articleWithinWechatLimitsIsAnnouncedWithoutReasons() {
        ArticleSubmitted forum = ReferencePage.item(ReferencePage.FORUM,
                "rendered-" + UUID.randomUUID().toString().substring(0, 8));
        kafka.submit(forum);

        ArticleRendered event = EventJson.read(awaitRecords(forum.articleId(), 1).get(0).value(), ArticleRendered.class);

        assertEquals(ArticleRendered.Status.PUBLISHED, event.status());
        assertEquals(List.of(), event.reasons());
        assertTrue(event.wechat().publishable());
        assertEquals("张伟", event.wechat().author());
        assertTrue(event.wechat().readingMinutes() >= 1);
    }

    @Test
    void killIsAnnouncedAsUnpublishedWithoutWechatArticle() {
        String id = SampleArticles.newArticleId("kill");
        kafka.submit(SampleArticles.firstArticle(id, 1));
        kafka.submit(SampleArticles.article(id, 2, PubStatus.CANCELED, SampleArticles.HEADLINE, List.of()));

        List<ConsumerRecord<String, byte[]>> records = awaitRecords(id, 2);

        ArticleRendered kill = EventJson.read(records.get(1).value(), ArticleRendered.class);
        assertEquals(2, kill.revision());
        assertEquals(ArticleRendered.Status.UNPUBLISHED, kill.status());
        assertNull(kill.wechat());
        assertEquals(List.of("pubStatus is canceled"), kill.reasons());
    }

    @Test
    void eventIdIsTheSameForTheSameRenditionAndDiffersOtherwise() {
        ArticleRendered first = new ArticleRendered("demo:a", 1, ArticleRendered.Status.PUBLISHED, null,
                "https://news.example.test/web/articles/demo:a", null, List.of(), Instant.parse("2026-04-06T00:00:00Z"));
        assertEquals(Outbox.eventId(first), Outbox.eventId(new ArticleRendered("demo:a", 1,
                ArticleRendered.Status.PUBLISHED, null, first.webUrl(), null, List.of(), Instant.now())),
                "rendered again, later, the same: the same event");
        assertNotEquals(Outbox.eventId(first), Outbox.eventId(new ArticleRendered("demo:a", 1,
                ArticleRendered.Status.PUBLISHED, null, first.webUrl(), null, List.of(), first.renderedAt(),
                new ArticleRendered.Origin(null, null, "国际"))), "moved to another section: a new event");
        assertNotEquals(Outbox.eventId(first), Outbox.eventId(new ArticleRendered("demo:a", 2,
                ArticleRendered.Status.PUBLISHED, null, first.webUrl(), null, List.of(), first.renderedAt())));
        assertNotEquals(Outbox.eventId(first), Outbox.eventId(new ArticleRendered("demo:a", 1,
                ArticleRendered.Status.UNPUBLISHED, null, first.webUrl(), null, List.of(), first.renderedAt())));
        assertNotEquals(Outbox.eventId(first), Outbox.eventId(new ArticleRendered("demo:a", 1,
                ArticleRendered.Status.PUBLISHED, null, first.webUrl(), null, List.of("wechat: title has 33 characters"),
                first.renderedAt())), "the same revision rendered differently: a new event");
    }

    private List<ConsumerRecord<String, byte[]>> awaitRecords(String key, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> TestKafka.withKey(rendered(), key).size() >= count);
        return TestKafka.withKey(rendered(), key);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return KafkaCompanion.getHeader(record.headers(), name);
    }
}
