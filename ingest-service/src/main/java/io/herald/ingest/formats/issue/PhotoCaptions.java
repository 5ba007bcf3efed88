package io.herald.ingest.formats.issue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.herald.events.Image;

/**
 * Photo captions and their credits. A caption opens with 图为, 上图, 下图, 左图, 右图, 题图 or 图① …; credits
 * follow on their own lines or at the caption's end: an agency or owner ({@code 新华社发}, {@code 某某供图})
 * and a photographer ({@code (刘甲/摄)}, {@code （记者 某某 摄）}, {@code 新华社记者 某某 摄}).
 */
final class PhotoCaptions {

    private static final Pattern CAPTION = Pattern.compile("^(?:图为|上图|下图|左图|右图|题图|图[①-⑩\\d]|图片[:：])");
    private static final Pattern SHOT = Pattern.compile("^[（(]?\\s*(\\p{IsHan}{2,8}?(?:社|报|网))?"
            + "(?:记者|通讯员|摄影记者|特约摄影)?\\s*([\\p{IsHan}·]{2,10}(?:[、\\s]+[\\p{IsHan}·]{2,10})*)(?:\\s*/\\s*|\\s+)摄\\s*[）)]?$");
    private static final Pattern SUPPLIED = Pattern.compile("^[（(]?\\s*(\\S{2,16}?(?:发|供图|供稿))\\s*[）)]?$");
    private static final Pattern REMARK = Pattern.compile("\\s*[（(][^（()）]*[）)]\\s*");
    private static final int CREDIT_MAX = 30;
    private static final int TITLE_MAX = 32;
    /** The title of a photo whose caption says nothing but 图为. */
    static final String UNTITLED = "图片新闻";

    private PhotoCaptions() {
    }

    static boolean isCaption(String text) {
        return CAPTION.matcher(text).find();
    }

    static boolean isCredit(String text) {
        return text.length() <= CREDIT_MAX && (SHOT.matcher(text).matches() || SUPPLIED.matcher(text).matches());
    }

    /** The image a caption and its credit lines describe; credits at the caption's end are taken off it. */
    static Image read(String caption, List<String> creditLines) {
        Credits credits = new Credits();
        String text = caption;
        for (int start = creditStart(text); start > 0; start = creditStart(text)) {
            credits.add(text.substring(start).strip());
            text = text.substring(0, start).strip();
        }
        creditLines.forEach(credits::add);
        return new Image(null, text, credits.credit, credits.photographer, text);
    }

    /** A short title for a photo item: the caption without 图为, remarks in brackets and the final stop. */
    static String title(String caption) {
        String title = REMARK.matcher(CAPTION.matcher(caption).replaceFirst("")).replaceAll("")
                .replaceFirst("^[:：\\s]+", "").replaceFirst("[。！？…]+$", "").strip();
        if (title.length() > TITLE_MAX) {
            String firstClause = title.split("[，,；;。]")[0];
            title = firstClause.length() <= TITLE_MAX ? firstClause : title.substring(0, TITLE_MAX);
        }
        return title.isEmpty() ? UNTITLED : title;
    }

    /** Where the first credit at the end of {@code text} starts (after a space or at a bracket), else -1. */
    private static int creditStart(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean candidate = c == '（' || c == '(' || Character.isWhitespace(text.charAt(i - 1));
            if (candidate && isCredit(text.substring(i).strip())) {
                return i;
            }
        }
        return -1;
    }

    private static final class Credits {
        private String credit;
        private String photographer;

        void add(String line) {
            Matcher shot = SHOT.matcher(line);
            if (shot.matches()) {
                photographer = join(photographer, shot.group(2).replaceAll("[、\\s]+", "、"));
                if (shot.group(1) != null && !shot.group(1).startsWith("本报")) {
                    credit = join(credit, shot.group(1));
                }
                return;
            }
            Matcher supplied = SUPPLIED.matcher(line);
            if (supplied.matches()) {
                credit = join(credit, supplied.group(1));
            }
        }

        private static String join(String first, String second) {
            return first == null ? second : first + " " + second;
        }
    }
}
