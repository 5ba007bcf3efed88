package io.herald.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.herald.events.InlineRun.Mark;

/** Inline markup is an additive v1 change: events written before it still read, events with it round-trip. */
class InlineRunsTest {

    private final ArticleSubmittedDeserializer deserializer = new ArticleSubmittedDeserializer();
    private final EventSerializer<ArticleSubmitted> serializer = new EventSerializer<>();

    /** A v1 event as producers wrote it before runs existed: blocks of type and text only. */
    private static final String V1_WITHOUT_RUNS = """
            {"articleId":"demo:a1","revision":1,"pubStatus":"usable","language":"zh-CN","headline":"标题",\
            "byline":[],"body":[{"type":"paragraph","text":"第一段。"},{"type":"list","items":["甲","乙"]}],\
            "images":[],"related":[],"subjects":[],"versionCreated":"2026-04-05T12:00:00Z",\
            "source":{"system":"demo","id":"a1"}}""";

    @Test
    void v1EventWithoutRunsStillReads() {
        ArticleSubmitted event = deserializer.deserialize("t", V1_WITHOUT_RUNS.getBytes(UTF_8));

        assertEquals("第一段。", event.body().get(0).text());
        assertNull(event.body().get(0).runs());
        assertEquals(List.of("甲", "乙"), event.body().get(1).items());
        assertNull(event.body().get(1).itemRuns());
    }

    @Test
    void eventWithRunsSurvivesTheRoundTripAndMatchesTheSchema() throws IOException {
        ArticleSubmitted event = withBody(new BodyBlock(BodyBlock.Type.PARAGRAPH, "详见 官网 H2O 与 x2 。",
                null, null, null, List.of(
                        new InlineRun("详见 ", null, null),
                        new InlineRun("官网", List.of(Mark.BOLD), "https://www.example.cn/a?b=1&c=2"),
                        new InlineRun(" H", null, null),
                        new InlineRun("2", List.of(Mark.SUBSCRIPT), null),
                        new InlineRun("O\n与 x", List.of(Mark.ITALIC), null),
                        new InlineRun("2", List.of(Mark.SUPERSCRIPT), null),
                        new InlineRun(" 。", null, null)), null),
                new BodyBlock(BodyBlock.Type.LIST, null, null, List.of("甲", "乙"), null, null,
                        List.of(List.of(new InlineRun("甲", null, "mailto:desk@example.cn")),
                                List.of(new InlineRun("乙", null, null)))));

        byte[] json = serializer.serialize("t", event);

        assertEquals(event, deserializer.deserialize("t", json));
        String text = new String(json, UTF_8);
        assertTrue(text.contains("\"marks\":[\"bold\"],\"href\":\"https://www.example.cn/a?b=1&c=2\""), text);
        assertTrue(text.contains("{\"text\":\"详见 \"}"), "a plain run carries no marks: " + text);
        assertEquals(List.of(), schema().validate(text, InputFormat.JSON));
    }

    @Test
    void schemaRefusesALinkToAnotherScheme() throws IOException {
        ArticleSubmitted event = withBody(new BodyBlock(BodyBlock.Type.PARAGRAPH, "点此", null, null, null,
                List.of(new InlineRun("点此", null, "javascript:alert(1)")), null));

        String text = new String(serializer.serialize("t", event), UTF_8);

        assertTrue(schema().validate(text, InputFormat.JSON).toString().contains("href"));
    }

    @Test
    void markFromANewerProducerReadsAsUnknown() {
        String json = new String(serializer.serialize("t", withBody(new BodyBlock(BodyBlock.Type.PARAGRAPH, "下划线",
                null, null, null, List.of(new InlineRun("下划线", List.of(Mark.BOLD), null)), null))), UTF_8)
                .replace("[\"bold\"]", "[\"underline\"]");

        InlineRun run = deserializer.deserialize("t", json.getBytes(UTF_8)).body().get(0).runs().get(0);

        assertEquals(List.of(Mark.UNKNOWN), run.marks());
    }

    private static ArticleSubmitted withBody(BodyBlock... blocks) {
        ArticleSubmitted sample = SampleEvents.symposiumReport();
        List<BodyBlock> body = new ArrayList<>(List.of(blocks));
        return new ArticleSubmitted(sample.articleId(), sample.revision(), sample.pubStatus(), sample.language(),
                sample.publication(), sample.page(), sample.section(), sample.headline(), sample.subheadline(),
                sample.kicker(), sample.dateline(), sample.byline(), body, sample.images(), sample.related(),
                sample.subjects(), sample.firstCreated(), sample.versionCreated(), sample.embargoUntil(),
                sample.source());
    }

    private static Schema schema() throws IOException {
        try (InputStream in = ArticleSubmitted.class.getResourceAsStream("/schemas/article-submitted.v1.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }
}
