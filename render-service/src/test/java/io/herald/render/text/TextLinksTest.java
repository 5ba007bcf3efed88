package io.herald.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.herald.render.text.TextLinks.Part;

class TextLinksTest {

    @Test
    void plainTextIsOnePart() {
        assertEquals(List.of(new Part("会议在苏州市召开。", null)), TextLinks.parts("会议在苏州市召开。"));
    }

    @Test
    void nullAndEmptyTextHaveNoParts() {
        assertTrue(TextLinks.parts(null).isEmpty());
        assertTrue(TextLinks.parts("").isEmpty());
    }

    @Test
    void aLinkEndsAtChinesePunctuationAndIdeographs() {
        assertEquals(List.of(new Part("详见", null), new Part("https://www.most.gov.cn/kjbgz/", "https://www.most.gov.cn/kjbgz/"),
                new Part("。更多见", null), new Part("http://example.org/a?b=1&c=2", "http://example.org/a?b=1&c=2"),
                new Part("（附件）", null)),
                TextLinks.parts("详见https://www.most.gov.cn/kjbgz/。更多见http://example.org/a?b=1&c=2（附件）"));
    }

    @Test
    void trailingSentencePunctuationStaysInTheText() {
        assertEquals(List.of(new Part("See ", null), new Part("https://example.org/x", "https://example.org/x"),
                new Part("). Done", null)), TextLinks.parts("See https://example.org/x). Done"));
    }

    @Test
    void aLinkEndsAtQuotesAndAngleBrackets() {
        assertEquals(List.of(new Part("https://a.example/p", "https://a.example/p"), new Part("\"><b>", null)),
                TextLinks.parts("https://a.example/p\"><b>"));
    }

    @Test
    void onlyHttpAndHttpsAreLinks() {
        assertEquals(List.of(new Part("javascript:alert(1) ftp://x.example/ data:text/html,x", null)),
                TextLinks.parts("javascript:alert(1) ftp://x.example/ data:text/html,x"));
    }

    @Test
    void aSchemeWithoutAnAddressIsText() {
        assertEquals(List.of(new Part("见 https:// 。", null)), TextLinks.parts("见 https:// 。"));
    }
}
