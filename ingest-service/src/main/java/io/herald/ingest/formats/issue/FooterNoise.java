package io.herald.ingest.formats.issue;

import java.util.regex.Pattern;

/**
 * Lines a page prints around its articles that belong to none: the paper's social accounts and site
 * (微信公众号, 中国高新网, URLs), its imprint (地址, 邮编, 定价 …) and editors' credits (责编).
 */
final class FooterNoise {

    private static final Pattern URL = Pattern.compile("(?i)^(?:网址|网站|官网|网络版)?\\s*[:：]?\\s*(?:https?://|www\\.)\\S+$");
    private static final Pattern CHANNEL = Pattern.compile("微信公众号|微信号|公众号|官方微信|欢迎关注|官方微博|新浪微博|微博|扫码|二维码|客户端|视频号|抖音号|小程序");
    private static final Pattern IMPRINT = Pattern.compile(
            "^(?:本报)?(?:社址|地址|邮编|邮政编码|电话|传真|定价|零售价|广告(?:经营)?许可证|印刷|发行|订阅|投稿邮箱|邮箱|E-?mail)\\s*[:：]");
    private static final Pattern EDITORS = Pattern.compile("^(?:本版)?(?:责编|责任编辑|编辑|美编|校对|版式设计|制图)\\s*[:：\\s]\\s*\\S");
    private static final Pattern SITE_NAME = Pattern.compile("^[\\p{IsHan}A-Za-z0-9]{1,10}(?:网|网站|在线|客户端|App|APP)$");
    private static final int SHORT = 24;

    private FooterNoise() {
    }

    /**
     * Why {@code line} is noise, or null when it is page content. A short line ending in 网 is a site
     * name unless the next line opens an article with a dateline: then it is a plain-text headline.
     */
    static String reason(PageLine line, PageLine next) {
        if (line.isHeading()) {
            return null;
        }
        String text = line.text();
        if (URL.matcher(text).matches()) {
            return "web address";
        }
        if (text.length() <= SHORT && CHANNEL.matcher(text).find()) {
            return "social media account";
        }
        if (IMPRINT.matcher(text).lookingAt()) {
            return "imprint";
        }
        if (text.length() <= SHORT && EDITORS.matcher(text).find()) {
            return "editors' credit";
        }
        if (SITE_NAME.matcher(text).matches() && (next == null || Datelines.read(next.text()) == null)) {
            return "site name";
        }
        return null;
    }
}
