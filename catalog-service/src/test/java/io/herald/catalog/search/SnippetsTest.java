package io.herald.catalog.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void matchesAreMarkedWhereTheAnalyzerFoundThem() {
        String snippet = Snippets.snippet(List.of("全球首款亚埃米级光谱成像芯片“玉衡”。"), SearchQuery.parse("芯片"));
        assertEquals("全球首款亚埃米级光谱成像<mark>芯片</mark>“玉衡”。", snippet);
    }

    @Test
    void aWordOfSeveralSegmentsIsOneMark() {
        String snippet = Snippets.snippet(List.of("国产盾构机“奋楫号”下线"), SearchQuery.parse("盾构机"));
        assertEquals("国产<mark>盾构机</mark>“奋楫号”下线", snippet);
    }

    @Test
    void theTextWithTheMostMatchesIsChosenAndCutAroundTheFirst() {
        String filler = "会议指出,".repeat(30);
        String snippet = Snippets.snippet(List.of("没有相关词语。", filler + "芯片与论坛" + filler),
                SearchQuery.parse("芯片 论坛"));
        assertThat(snippet, startsWith("…"));
        assertThat(snippet, containsString("<mark>芯片</mark>与<mark>论坛</mark>"));
        assertThat(snippet, not(containsString("没有")));
    }

    @Test
    void everythingElseIsEscaped() {
        String snippet = Snippets.snippet(List.of("<script>alert('芯片')</script> & \"x\""), SearchQuery.parse("芯片"));
        assertEquals("&lt;script&gt;alert(&#39;<mark>芯片</mark>&#39;)&lt;/script&gt; &amp; &quot;x&quot;", snippet);
    }

    @Test
    void withoutAMatchTheStartOfTheFirstTextIsShown() {
        assertEquals("第一段", Snippets.snippet(List.of("", "第一段", "第二段"), SearchQuery.parse("芯片")));
        assertEquals("", Snippets.snippet(List.of(), null));
    }
}
