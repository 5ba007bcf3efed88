package io.herald.render.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WechatHtmlTest {

    @Test
    void inlineStylesAndSafelistedTagsAreKept() {
        String html = "<section style=\"color:#333333;\"><p style=\"margin:0;\">正文<strong>加粗</strong><sup>[1]</sup></p>"
                + "<blockquote style=\"color:#666666;\">引语</blockquote></section>";

        assertEquals(html, WechatHtml.clean(html));
    }

    @Test
    void classesStyleSheetsScriptsAndHandlersAreRemoved() {
        String clean = WechatHtml.clean("<style>p{color:red}</style><p class=\"lead\" onclick=\"alert(1)\">正文</p>"
                + "<script>alert(1)</script><iframe src=\"https://evil.example/\"></iframe><div>块</div>");

        assertEquals("<p>正文</p>块", clean);
    }

    @Test
    void linksAreKeptOnlyToWechatArticles() {
        String clean = WechatHtml.clean("<a href=\"https://mp.weixin.qq.com/s/abc\">公众号文章</a>"
                + "<a href=\"https://example.org/\">外链</a><a href=\"javascript:alert(1)\">脚本</a>");

        assertEquals("<a href=\"https://mp.weixin.qq.com/s/abc\">公众号文章</a>外链脚本", clean);
    }

    @Test
    void imagesAreKeptOnlyFromWechatImageHosts() {
        String clean = WechatHtml.clean("<img src=\"https://mmbiz.qpic.cn/a.jpg\" alt=\"图\"><img src=\"https://mmbiz.qlogo.cn/b.jpg\">"
                + "<img src=\"https://img.example.test/c.jpg\"><img src=\"data:image/png;base64,AAAA\">");

        assertEquals("<img src=\"https://mmbiz.qpic.cn/a.jpg\" alt=\"图\"><img src=\"https://mmbiz.qlogo.cn/b.jpg\">", clean);
    }

    @Test
    void uploadMarkKeepsOnlyHttpAddresses() {
        assertTrue(WechatHtml.clean("<p data-herald-upload=\"https://img.example.test/c.jpg\">待上传图片</p>")
                .contains("data-herald-upload=\"https://img.example.test/c.jpg\""));
        assertFalse(WechatHtml.clean("<p data-herald-upload=\"javascript:alert(1)\">待上传图片</p>").contains("data-"));
        assertFalse(WechatHtml.clean("<span data-herald-upload=\"https://img.example.test/c.jpg\">x</span>").contains("data-"));
    }

    @Test
    void hostsAreRecognisedWhateverTheCaseAndOnlyForHttp() {
        assertTrue(WechatHtml.isWechatArticle("HTTPS://MP.WEIXIN.QQ.COM/s/abc"));
        assertFalse(WechatHtml.isWechatArticle("https://mp.weixin.qq.com.evil.example/s/abc"));
        assertFalse(WechatHtml.isWechatArticle("ftp://mp.weixin.qq.com/s/abc"));
        assertTrue(WechatHtml.isWechatImage("http://mmbiz.qpic.cn/a.jpg"));
        assertFalse(WechatHtml.isWechatImage(null));
        assertEquals("https://img.example.test/c.jpg", WechatHtml.httpUrl(" https://img.example.test/c.jpg "));
        assertNull(WechatHtml.httpUrl("javascript:alert(1)"));
        assertNull(WechatHtml.httpUrl("https://img.example.test/a b.jpg"));
    }
}
