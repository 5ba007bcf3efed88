package io.herald.wechat.sandbox.publish;

/** WeChat's PUBLISHJOBFINISH event as XML, for success and failure alike. */
final class PublishJobFinished {

    private PublishJobFinished() {
    }

    static String xml(PublishJob job, String ghId, long createTime, ArticleUrls urls) {
        StringBuilder xml = new StringBuilder("<xml>")
                .append("<ToUserName>").append(cdata(ghId)).append("</ToUserName>")
                .append("<FromUserName>").append(cdata("mphelper")).append("</FromUserName>")
                .append("<CreateTime>").append(createTime).append("</CreateTime>")
                .append("<MsgType>").append(cdata("event")).append("</MsgType>")
                .append("<Event>").append(cdata("PUBLISHJOBFINISH")).append("</Event>")
                .append("<PublishEventInfo>")
                .append("<publish_id>").append(job.publishId()).append("</publish_id>")
                .append("<publish_status>").append(job.status()).append("</publish_status>");
        if (job.articleId() != null) {
            xml.append("<article_id>").append(cdata(job.articleId())).append("</article_id>")
                    .append("<article_detail><count>").append(job.articles().size()).append("</count>");
            for (int idx = 1; idx <= job.articles().size(); idx++) {
                xml.append("<item><idx>").append(idx).append("</idx><article_url>")
                        .append(cdata(urls.of(job, idx))).append("</article_url></item>");
            }
            xml.append("</article_detail>");
        }
        job.failIdx().forEach(idx -> xml.append("<fail_idx>").append(idx).append("</fail_idx>"));
        return xml.append("</PublishEventInfo></xml>").toString();
    }

    private static String cdata(String value) {
        return "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }
}
