package io.herald.ingest.formats.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a headline group, the consecutive title lines above an article:
 * <ul>
 * <li>a line opening with a dash ({@code ——…}) is the 副题;</li>
 * <li>three lines are 引题, 主题, 副题; of two lines the smaller Markdown heading above a bigger one is the
 * 引题, otherwise the second is the 副题;</li>
 * <li>one line holding two long parts separated by a space ({@code 主题 副题}, each at least
 * {@value #DECK_MIN} characters) is 主题 + 副题, as PDF extraction prints two decks on one line; shorter
 * parts are one headline written in two halves ({@code 6G发展提速 产业新图景渐显}).</li>
 * </ul>
 */
final class Headlines {

    static final int DECK_MIN = 8;
    private static final int TWO_DECKS_MAX = 3 * Sentences.HEADING_MAX;
    private static final Pattern DASH = Pattern.compile("^[—–\\-－]{1,2}\\s*");
    private static final Pattern TWO_DECKS = Pattern.compile("^(\\S.{" + (DECK_MIN - 1) + ",}?)\\s+(\\S.{" + (DECK_MIN - 1) + ",})$");

    private Headlines() {
    }

    static Headline read(List<PageLine> group) {
        List<PageLine> titles = new ArrayList<>();
        String subheadline = null;
        for (PageLine line : group) {
            Matcher dash = DASH.matcher(line.text());
            if (dash.find() && !titles.isEmpty()) {
                subheadline = join(subheadline, line.text().substring(dash.end()));
            } else {
                titles.add(line);
            }
        }
        if (titles.size() == 1) {
            Matcher decks = TWO_DECKS.matcher(titles.get(0).text());
            if (subheadline == null && titles.get(0).text().length() <= TWO_DECKS_MAX && decks.matches()) {
                return new Headline(null, decks.group(1), decks.group(2));
            }
            return new Headline(null, titles.get(0).text(), subheadline);
        }
        if (titles.size() == 2) {
            PageLine first = titles.get(0);
            PageLine second = titles.get(1);
            if (subheadline != null || first.headingLevel() > second.headingLevel()) {
                return new Headline(first.text(), second.text(), subheadline);
            }
            return new Headline(null, first.text(), second.text());
        }
        String rest = String.join(" ", titles.subList(2, titles.size()).stream().map(PageLine::text).toList());
        return new Headline(titles.get(0).text(), titles.get(1).text(), join(rest, subheadline));
    }

    private static String join(String first, String second) {
        return first == null ? second : second == null ? first : first + " " + second;
    }
}
