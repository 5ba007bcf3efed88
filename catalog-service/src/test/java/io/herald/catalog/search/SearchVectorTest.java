package io.herald.catalog.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.herald.events.ArticleSubmitted;
import io.herald.events.BodyBlock;
import io.herald.events.Contributor;
import io.herald.events.Image;
import io.herald.events.PubStatus;

class SearchVectorTest {

    private static ArticleSubmitted article(String headline, List<BodyBlock> body, List<Image> images) {
        return new ArticleSubmitted("demo:1", 1, PubStatus.USABLE, "zh-CN", null, "01版", null, headline, "完善布局",
                null, "本报讯", List.of(new Contributor("姚雯", Contributor.Role.AUTHOR)), body, images, List.of(),
                List.of(), Instant.EPOCH, Instant.EPOCH, null, null);
    }

    @Test
    void headlineIsANamesBBodyCCaptionsD() {
        String vector = SearchVector.of(article("芯片发布", List.of(BodyBlock.paragraph("盾构机下线")),
                List.of(new Image(null, "图为现场", "新华社发", "刘甲", null))));
        assertThat(vector, containsString("'芯片':1A"));
        assertThat(vector, containsString("'姚':"));
        assertThat(vector, containsString("B"));
        assertThat(vector, containsString("'下线':"));
        assertThat(vector, containsString("'新华社':"));
        assertThat(vector.substring(vector.indexOf("'下线':")), containsString("C"));
        assertThat(vector.substring(vector.indexOf("'新华社':")), containsString("D"));
        assertThat(vector, not(containsString("本报讯")));
    }

    @Test
    void positionsOfOneWordCarryEachPlacesWeight() {
        String vector = SearchVector.of(article("芯片", List.of(BodyBlock.paragraph("芯片")), List.of()));
        assertThat(vector, containsString("'芯片':1A,"));
        assertThat(vector.replaceAll(".*'芯片':1A,(\\d+)C.*", "ok"), containsString("ok"));
    }

    @Test
    void quotesAndBackslashesSeparateWords() {
        String vector = SearchVector.of(article("it's a\\b", List.of(), List.of()));
        assertThat(vector, containsString("'it':1A"));
        assertThat(vector, containsString("'b':"));
        assertThat(vector, not(containsString("\\")));
    }

    @Test
    void textWithoutWordsIsTheEmptyVector() {
        assertEquals("", SearchVector.of(article("。。。", List.of(), List.of())).replaceAll("'[^']*':\\S+", "")
                .replace("'完善'", "").replace("'布局'", "").replaceAll("'姚'|'雯'", "").trim());
    }

    @Test
    void positionsStopAtPostgresLimits() {
        String vector = SearchVector.of(article("芯片", List.of(BodyBlock.paragraph("芯片 ".repeat(20_000))), List.of()));
        String positions = vector.substring(vector.indexOf("'芯片':") + 5).split(" ")[0];
        assertEquals(SearchVector.MAX_POSITIONS_PER_LEXEME, positions.split(",").length);
    }
}
