package io.herald.ingest.formats.issue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.herald.events.Contributor;

/**
 * The dateline (电头) that opens an article's first paragraph: {@code 本报讯}, {@code 本报北京3月4日电},
 * {@code 新华社北京3月4日电}, {@code 据新华社北京3月4日电}, {@code 中新社上海3月4日专电}, {@code 人民网北京3月4日电},
 * {@code 央视网讯}, {@code 据新华社电}, days in Chinese numerals and bracketed as older pages print them ({@code 【新华社重庆十四日电】},
 * {@code 新华社二十七日讯}), relayed ({@code 新华社据塔斯社莫斯科1日讯}); then a byline in brackets
 * ({@code 本报讯 (记者 张伟)}, {@code （记者 王某 通讯员 李某）}) or before 报道 ({@code 本报福州6月2日电 记者王某报道:}).
 */
final class Datelines {

    private static final String NUMBER = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})";
    private static final String DATE = "(?:" + NUMBER + "月)?" + NUMBER + "日";
    private static final String ISSUER = "\\p{IsHan}{1,6}?(?:社|网|报|台)";
    private static final Pattern DATELINE = Pattern.compile("^[【\\[]?((?:据)?(?:本报讯"
            + "|(?:本报|" + ISSUER + ")(?:据" + ISSUER + ")?\\p{IsHan}{0,10}?" + DATE + "(?:专)?[电讯]"
            + "|\\p{IsHan}{1,6}?(?:网|台|社)讯|(?<=据)\\p{IsHan}{1,6}?社电|新华社电|中新社电))[】\\]]?");
    private static final Pattern BRACKETED = Pattern.compile("^\\s*([（(][^）)]{2,40}[）)])");
    private static final Pattern REPORTED = Pattern.compile("^\\s*([^:：，,。（()）]{2,24}?)\\s*报道\\s*[:：]");

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
        return withByline(dateline.group(1), paragraph.substring(dateline.end()));
    }

    /**
     * The byline that opens a first paragraph printed without a dateline ({@code （本报记者 王某）…},
     * {@code 记者王某报道：…}), with a null dateline; null when it opens with none.
     */
    static Opening readByline(String paragraph) {
        Opening opening = withByline(null, paragraph);
        return opening.byline().isEmpty() ? null : opening;
    }

    private static Opening withByline(String dateline, String text) {
        String rest = text;
        List<Contributor> byline = List.of();
        for (Pattern form : List.of(BRACKETED, REPORTED)) {
            Matcher people = form.matcher(rest);
            if (byline.isEmpty() && people.find()) {
                byline = Bylines.read(people.group(1));
                if (!byline.isEmpty()) {
                    rest = rest.substring(people.end());
                }
            }
        }
        return new Opening(dateline, byline, rest.strip());
    }
}
