package io.herald.ingest.formats.issue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.herald.events.Contributor;

/**
 * The dateline (电头) that opens an article's first paragraph: {@code 本报讯}, {@code 本报北京3月4日电},
 * {@code 新华社北京3月4日电}, {@code 中新社上海3月4日专电}, {@code 人民网北京3月4日电}, {@code 央视网讯}, optionally
 * followed by a byline in brackets: {@code 本报讯 (记者 张伟)}, {@code （记者 王某 通讯员 李某）}.
 */
final class Datelines {

    private static final Pattern DATELINE = Pattern.compile("^(本报讯"
            + "|(?:本报|\\p{IsHan}{1,6}?(?:社|网|报|台))\\p{IsHan}{0,10}?\\d{1,2}月\\d{1,2}日(?:专)?电"
            + "|\\p{IsHan}{1,6}?(?:网|台|社)讯)");
    private static final Pattern BRACKETED = Pattern.compile("^\\s*([（(][^）)]{2,40}[）)])");

    private Datelines() {
    }

    /**
     * @param dateline   as printed, e.g. 本报讯
     * @param byline     the people of a bracketed byline right after it
     * @param restOfText the paragraph without dateline and byline
     */
    record Opening(String dateline, List<Contributor> byline, String restOfText) {
    }

    /** The dateline that opens {@code paragraph}, or null when it opens with none. */
    static Opening read(String paragraph) {
        Matcher dateline = DATELINE.matcher(paragraph);
        if (!dateline.find()) {
            return null;
        }
        String rest = paragraph.substring(dateline.end());
        List<Contributor> byline = List.of();
        Matcher bracketed = BRACKETED.matcher(rest);
        if (bracketed.find()) {
            byline = Bylines.read(bracketed.group(1));
            if (!byline.isEmpty()) {
                rest = rest.substring(bracketed.end());
            }
        }
        return new Opening(dateline.group(1), byline, rest.strip());
    }
}
