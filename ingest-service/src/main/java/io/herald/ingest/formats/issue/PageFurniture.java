package io.herald.ingest.formats.issue;

import java.util.regex.Pattern;

/**
 * What a digital edition (数字报) or an archive prints around a page's articles, as a reader copies it with them:
 * the page label over each article ({@code 第4版(要闻)}), which also tells where an article starts, the column
 * ({@code 专栏:}), the list of the issue's pages ({@code 01版:要闻}), navigation ({@code 上一版}, {@code 下一版}, menu
 * items), the site's date line, the source line ({@code 稿件来源:}), the edition note under a byline
 * ({@code 《光明日报》( 2012年10月27日 06版)}), the site's title bar and its legal notice.
 */
final class PageFurniture {

    private static final Pattern PAGE_LABEL = Pattern.compile(
            "^第\\s*[A-Z]?\\d{1,3}\\s*版\\s*(?:[(（][^()（）]{0,20}[)）])?$");
    private static final Pattern PHOTO_LABEL = Pattern.compile("^(?:图片新闻|新闻图片|图片报道|摄影报道|新闻摄影)$");
    private static final Pattern COLUMN = Pattern.compile("^专栏\\s*[:：]\\s*\\S{0,12}$");
    private static final Pattern PAGE_LIST = Pattern.compile("^[A-Z]?\\d{1,3}\\s*版\\s*[:：]\\s*\\S.{0,12}$");
    private static final Pattern NAVIGATION = Pattern.compile("^(?:[•·>»]\\s*\\S.{0,24}|(?:首页|更多|热门图片|返回目录|版面导航)\\S{0,10}"
            + "|报\\s?纸|杂\\s?志)$|上一版|下一版|前一版|后一版|上一篇|下一篇|上一期|下一期");
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}\\s*(?:年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|-\\d{1,2}-\\d{1,2})(?:\\s*星期[一二三四五六日天])?");
    private static final Pattern SOURCE = Pattern.compile("稿件来源\\s*[:：]");
    private static final Pattern EDITION_NOTE = Pattern.compile(
            "《\\s*[^《》]{2,20}?\\s*》\\s*[(（]\\s*" + DATE.pattern() + "\\s*[A-Z]?\\d{0,3}\\s*版?\\s*[)）]\\s*$");
    private static final Pattern TITLE_BAR = Pattern.compile("^\\S.{1,60}[-_|]\\s*\\S{2,12}(?:报|网|在线|电讯)$");
    private static final Pattern LEGAL_NOTICE = Pattern.compile("(?:版权|免责)(?:与免责)?声明");
    private static final Pattern LEGAL_TEXT = Pattern.compile("本网.*(?:转载|版权)|(?:转载|版权).*本网");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[，,。；;！!？?、]");
    private static final Pattern DATE_LABELS = Pattern.compile(
            "(?:\\s*(?:[\\p{IsHan}A-Za-z]{1,12}(?:报|电讯|网|在线)|第?\\s*[A-Z]?\\d{1,3}\\s*版|新闻联播|文字版))*\\s*");
    private static final int SHORT = 30;

    private PageFurniture() {
    }

    /** Whether {@code text} is the page label an archive prints over each article: an article starts after it. */
    static boolean opensItem(String text) {
        return text.length() <= SHORT && PAGE_LABEL.matcher(text).matches();
    }

    /** The edition note at the end of a byline line, e.g. {@code 《光明日报》( 2012年10月27日 06版)}, or -1. */
    static int editionNoteStart(String text) {
        var note = EDITION_NOTE.matcher(text);
        return note.find() ? note.start() : -1;
    }

    /** Why {@code line} is page furniture, or null when it is none. */
    static String reason(PageLine line) {
        String text = line.text();
        if (line.isHeading() || text.length() > 2 * SHORT && !LEGAL_TEXT.matcher(text).find()) {
            return null;
        }
        if (COLUMN.matcher(text).matches()) {
            return "column label";
        }
        if (PHOTO_LABEL.matcher(text).matches()) {
            return "label over photo items";
        }
        if (PAGE_LIST.matcher(text).matches()) {
            return "list of the issue's pages";
        }
        if (text.length() <= SHORT && NAVIGATION.matcher(text).find()) {
            return "navigation";
        }
        if (SOURCE.matcher(text).find() && text.length() <= SHORT) {
            return "source line";
        }
        if (editionNoteStart(text) == 0) {
            return "edition note";
        }
        if (isDateLine(text)) {
            return "the site's date line";
        }
        if (LEGAL_NOTICE.matcher(text).find() && text.length() <= SHORT || LEGAL_TEXT.matcher(text).find()) {
            return "the site's legal notice";
        }
        if (TITLE_BAR.matcher(text).matches() && !SENTENCE_PUNCTUATION.matcher(text).find()) {
            return "the site's title bar";
        }
        return null;
    }

    /** A short line holding a date and nothing but labels: the paper, 星期, the page. */
    private static boolean isDateLine(String text) {
        var date = DATE.matcher(text);
        return text.length() <= SHORT && date.find() && DATE_LABELS.matcher(date.replaceAll(" ")).matches();
    }
}
