package io.herald.wechat.sandbox.page;

import io.quarkus.qute.RawString;

/**
 * One article as a reader sees it on a phone.
 *
 * @param kind          "draft preview" or "published"
 * @param notice        a line above the article (deleted, banned, images filtered out), or null
 * @param account       the official account's name
 * @param title         the title
 * @param author        the author, or null
 * @param date          when it was published or last saved, China Standard Time
 * @param digest        the digest, or null
 * @param coverUrl      the cover image's URL, or null
 * @param content       the content, cleaned
 * @param sourceUrl     the "read more" link, or null
 */
public record ArticleView(String kind, String notice, String account, String title, String author, String date,
        String digest, String coverUrl, RawString content, String sourceUrl) {
}
