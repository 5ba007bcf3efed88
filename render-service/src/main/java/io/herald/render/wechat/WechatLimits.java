package io.herald.render.wechat;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;

import io.herald.render.RenderConfig;

/**
 * Checks a WeChat article against WeChat's {@code draft/add} limits ({@code herald.render.wechat.limits.*}) and
 * names each one it does not meet. Characters are Unicode code points: a Chinese character or an emoji counts
 * once. The content is measured whole, markup included, as WeChat measures it.
 */
final class WechatLimits {

    private final RenderConfig.Wechat.Limits limits;

    WechatLimits(RenderConfig.Wechat.Limits limits) {
        this.limits = limits;
    }

    /** Each limit not met, e.g. "title has 41 characters, WeChat allows 32"; empty when the article can go out. */
    List<String> problems(String title, String author, String digest, String content, String contentSourceUrl) {
        List<String> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add("title is missing, WeChat requires one");
        } else {
            atMost(problems, "title", title, limits.titleCharacters());
        }
        if (author != null) {
            atMost(problems, "author", author, limits.authorCharacters());
        }
        atMost(problems, "digest", digest, limits.digestCharacters());
        int contentCharacters = content.codePointCount(0, content.length());
        if (contentCharacters >= limits.contentCharacters()) {
            problems.add("content has %d characters, WeChat allows fewer than %d"
                    .formatted(contentCharacters, limits.contentCharacters()));
        }
        int contentBytes = content.getBytes(UTF_8).length;
        if (contentBytes >= limits.contentBytes()) {
            problems.add("content has %d bytes in UTF-8, WeChat allows fewer than %d"
                    .formatted(contentBytes, limits.contentBytes()));
        }
        int urlBytes = contentSourceUrl.getBytes(UTF_8).length;
        if (urlBytes > limits.contentSourceUrlBytes()) {
            problems.add("content_source_url has %d bytes, WeChat allows %d"
                    .formatted(urlBytes, limits.contentSourceUrlBytes()));
        }
        return problems;
    }

    private static void atMost(List<String> problems, String field, String value, int max) {
        int characters = value.codePointCount(0, value.length());
        if (characters > max) {
            problems.add("%s has %d characters, WeChat allows %d".formatted(field, characters, max));
        }
    }
}
