package io.herald.ingest.formats.issue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.herald.events.Publication;

/**
 * Reads the masthead (报头) at the top of a page: the paper's name on the first line, an English name
 * in capitals, then the printed facts (主管/主办, CN serial, 邮发代号, date, 星期, 第N期, 总第N期,
 * 今日N版, and a page label such as {@code 第1版} or {@code 01版 要闻}) in any order and on any lines.
 * The masthead ends with the last of the first {@value #MAX_LINES} lines that carries such a fact,
 * and never reaches past an article headline ({@code ##}).
 */
final class MastheadReader {

    static final int MAX_LINES = 8;
    private static final String DASH = "[—–\\-－]";

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern WEEKDAY = Pattern.compile("星期[一二三四五六日天]");
    private static final Pattern ISSUE = Pattern.compile("(?<!总)第\\s*(\\d+)\\s*期");
    private static final Pattern TOTAL_ISSUE = Pattern.compile("总第\\s*(\\d+)\\s*期");
    private static final Pattern PAGE_COUNT = Pattern.compile("(?:今日|本期|共)\\s*(\\d{1,3})\\s*版");
    private static final Pattern SERIAL = Pattern.compile("CN\\s*(\\d{2}\\s*" + DASH + "\\s*\\d{4}(?:\\s*/\\s*[A-Z]{1,2})?)");
    private static final Pattern POSTAL_CODE = Pattern.compile("邮发代号\\s*[:：]?\\s*(\\d{1,2}\\s*" + DASH + "\\s*\\d{1,4})");
    private static final Pattern PAGE = Pattern.compile(
            "(?:^|\\s)(?:第\\s*)?([A-Z]?\\d{1,2})\\s*版(?:\\s*[:：·]?\\s*(\\p{IsHan}{2,6}))?(?=\\s|$)");
    private static final Pattern SUPERVISOR = Pattern.compile("(?:主管单位\\s*[:：]\\s*(\\S+)|(\\S+?)主管(?=\\s|$))");
    private static final Pattern SPONSOR = Pattern.compile("(?:主办单位\\s*[:：]\\s*(\\S+)|(\\S+?)主办(?=\\s|$))");
    private static final Pattern ENGLISH_NAME = Pattern.compile("[A-Z][A-Z'&.\\-]+(?:\\s+[A-Z][A-Z'&.\\-]+)*");
    private static final Pattern CHINESE_NAME = Pattern.compile("^[\\p{IsHan}·]{1,18}(?:报|电讯|参考|消息|周刊|周末|导刊)(?![\\p{IsHan}])");
    private static final Pattern ANY_FACT = Pattern.compile(DATE.pattern() + "|" + ISSUE.pattern() + "|"
            + TOTAL_ISSUE.pattern() + "|" + PAGE_COUNT.pattern() + "|CN\\s*\\d{2}|邮发代号|主办|主管|^第\\s*[A-Z]?\\d{1,2}\\s*版");

    private MastheadReader() {
    }

    /** The masthead and how many of {@code lines} it took. */
    record Result(Masthead masthead, int lineCount) {
    }

    /** The masthead opening {@code lines}, or null when they open with none. */
    static Result read(List<PageLine> lines) {
        int end = 0;
        for (int i = 0; i < Math.min(MAX_LINES, lines.size()); i++) {
            PageLine line = lines.get(i);
            if (i > 0 && line.headingLevel() >= 2) {
                break;
            }
            if (ANY_FACT.matcher(line.text()).find()) {
                end = i + 1;
            }
        }
        if (end == 0) {
            return null;
        }
        Matcher name = CHINESE_NAME.matcher(lines.get(0).text());
        StringBuilder text = new StringBuilder();
        lines.subList(0, end).forEach(line -> text.append(line.text()).append('\n'));
        String all = text.toString();
        LocalDate date = date(all);
        if (!name.find() || date == null) {
            return null;
        }
        Publication publication = new Publication(name.group(), englishName(all), date,
                number(ISSUE, all), number(TOTAL_ISSUE, all), number(PAGE_COUNT, all),
                group(SERIAL, all) == null ? null : "CN " + group(SERIAL, all).replaceAll("\\s", ""),
                group(POSTAL_CODE, all) == null ? null : group(POSTAL_CODE, all).replaceAll("\\s", ""));
        Map<String, String> facts = new LinkedHashMap<>();
        put(facts, "主管", eitherGroup(SUPERVISOR, all));
        put(facts, "主办", eitherGroup(SPONSOR, all));
        put(facts, "星期", group(WEEKDAY, all, 0));
        Matcher page = pageLabel(lines.subList(0, end));
        return new Result(new Masthead(publication, page == null ? null : PageLabels.normalise(page.group(1)),
                page == null ? null : page.group(2), facts), end);
    }

    private static Matcher pageLabel(List<PageLine> lines) {
        for (PageLine line : lines) {
            Matcher page = PAGE.matcher(line.text());
            if (page.find()) {
                return page;
            }
        }
        return null;
    }

    private static LocalDate date(String text) {
        Matcher date = DATE.matcher(text);
        if (!date.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String englishName(String text) {
        Matcher english = ENGLISH_NAME.matcher(text);
        while (english.find()) {
            if (english.group().length() >= 4) {
                return english.group();
            }
        }
        return null;
    }

    private static Integer number(Pattern pattern, String text) {
        String digits = group(pattern, text);
        if (digits == null || digits.length() > 9) {
            return null;
        }
        int value = Integer.parseInt(digits);
        return value > 0 ? value : null;
    }

    private static String group(Pattern pattern, String text) {
        return group(pattern, text, 1);
    }

    private static String group(Pattern pattern, String text, int group) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(group) : null;
    }

    private static String eitherGroup(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return !matcher.find() ? null : matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    private static void put(Map<String, String> facts, String key, String value) {
        if (value != null) {
            facts.put(key, value);
        }
    }
}
