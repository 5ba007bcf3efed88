package io.herald.ingest.formats.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a headline group, the consecutive title lines above an article, by position and form:
 * <ul>
 * <li>a line opening with a dash ({@code ——…}) is the 副题;</li>
 * <li>of Markdown headings of different sizes, the first biggest is the 主题, the lines above it the 引题, those
 * below it the 副题;</li>
 * <li>of two lines alike, the first is the 引题 when it is a short label ({@code 光明情结}) or longer than the second
 * (a 引题 sets the scene at length, the 主题 says what happened in few words) or leads into it ({@code …时指出},
 * {@code 在…会议上}), else the second is the 副题;</li>
 * <li>of three or more lines alike, the middle one is the 主题 (引题 and 副题 each take one or two lines);</li>
 * <li>one line holding two long parts separated by a space ({@code 主题 副题}, each at least
 * {@value #DECK_MIN} characters) is 主题 + 副题, as PDF extraction prints two decks on one line; shorter
 * parts are one headline written in two halves ({@code 6G发展提速 产业新图景渐显}).</li>
 * </ul>
 */
final class Headlines {

    static final int DECK_MIN = 8;
    /** A first line this short is a label over the headline, e.g. the column's name. */
    private static final int LABEL_MAX = 5;
    /** A line that leads into the next: who spoke ({@code …时指出}) or where ({@code 在…会议上}). */
    private static final Pattern LEADS_IN = Pattern.compile("(?:指出|表示|强调|宣布|时|上|之际|前夕)$");
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
        int main = biggest(titles);
        if (main < 0 && titles.size() == 2) {
            String first = titles.get(0).text();
            boolean kicker = subheadline != null || first.length() <= LABEL_MAX || LEADS_IN.matcher(first).find()
                    || titles.get(1).text().length() < first.length();
            main = kicker ? 1 : 0;
        } else if (main < 0) {
            main = (titles.size() - 1) / 2;
        }
        return new Headline(text(titles.subList(0, main)), titles.get(main).text(),
                join(text(titles.subList(main + 1, titles.size())), subheadline));
    }

    /** The first of the biggest headings when the lines are headings of different sizes, else -1. */
    private static int biggest(List<PageLine> titles) {
        int biggest = 0;
        for (int i = 1; i < titles.size(); i++) {
            if (titles.get(i).headingLevel() < titles.get(biggest).headingLevel()) {
                biggest = i;
            }
        }
        boolean alike = titles.stream().allMatch(line -> line.headingLevel() == titles.get(0).headingLevel());
        return alike || titles.get(biggest).headingLevel() == 0 ? -1 : biggest;
    }

    private static String text(List<PageLine> lines) {
        return lines.isEmpty() ? null : String.join(" ", lines.stream().map(PageLine::text).toList());
    }

    private static String join(String first, String second) {
        return first == null ? second : second == null ? first : first + " " + second;
    }
}
