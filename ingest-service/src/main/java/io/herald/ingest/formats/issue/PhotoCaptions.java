package io.herald.ingest.formats.issue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.herald.events.Image;

/**
 * Photo captions and their credits. A caption opens with 图为, 上图, 下图, 左图, 右图, 题图 or 图① …, or ends with a
 * credit; credits follow on their own lines or at the caption's end: an agency or owner ({@code 新华社发},
 * {@code 某某供图}) and a photographer ({@code (刘甲/摄)}, {@code （记者 某某 摄）}, {@code 新华社记者 某某 摄},
 * {@code 本报记者 陈剑摄}). Archives mark a picture with {@code (附图片)} before its caption.
 */
final class PhotoCaptions {

    private static final Pattern CAPTION = Pattern.compile("^(?:图为|上图|下图|左图|右图|题图|图[①-⑩\\d]|图片[:：])");
    private static final String NAME = "(?:\\p{IsHan}{2,4}|\\p{IsHan}+·[\\p{IsHan}·]+)";
    private static final String NAMES = "(" + NAME + "(?:[、\\s]+" + NAME + ")*)";
    private static final String AGENCY = "(\\p{IsHan}{1,8}?(?:社|报|网))?";
    private static final String ROLE = "(?:摄影记者|记者|通讯员|特约摄影)";
    /** A photographer: {@code (刘甲/摄)}, {@code 新华社记者 某某 摄}, or after a role word {@code 新华社记者鞠鹏摄}. */
    private static final Pattern SHOT = Pattern.compile("^[（(]?\\s*" + AGENCY + ROLE + "?\\s*" + NAMES
            + "(?:\\s*/\\s*|\\s+)摄\\s*[）)]?$");
    private static final Pattern SHOT_BY_ROLE = Pattern.compile("^[（(]?\\s*" + AGENCY + ROLE + "\\s*" + NAMES
            + "摄\\s*[）)]?$");
    /** A name set right before 摄, in brackets ({@code (觉果摄)}) or alone ({@code 李铁成摄}): not 拍摄, 所摄, 航摄. */
    private static final Pattern SHOT_BY_NAME = Pattern.compile("^(?:[（(]\\s*" + NAMES + "摄\\s*[）)]"
            + "|(\\p{IsHan}{2,3})摄)$");
    /** An agency's photographer not named: {@code 新华社记者摄}. */
    private static final Pattern SHOT_UNNAMED = Pattern.compile("^[（(]?\\s*(\\p{IsHan}{1,8}?(?:社|报|网))" + ROLE
            + "摄\\s*[）)]?$");
    private static final Pattern NOT_A_NAME = Pattern.compile("[拍所航自偷]$");
    private static final Pattern SUPPLIED = Pattern.compile("^[（(]?\\s*(\\S{1,14}?(?:社|报|网|台|站|部|局|馆|会|院|所|中心|公司)发"
            + "|\\S{2,16}?(?:供图|供稿))\\s*[）)]?$");
    /** Archives mark where a picture stood: {@code (附图片)}; the caption follows. */
    private static final Pattern PHOTO_MARKER = Pattern.compile("^[（(]\\s*附?\\s*图片?\\s*[)）]$");
    private static final Pattern REMARK = Pattern.compile("\\s*[（(][^（()）]*[）)]\\s*");
    private static final int CREDIT_MAX = 30;
    private static final int TITLE_MAX = 32;
    /** The title of a photo whose caption says nothing but 图为. */
    static final String UNTITLED = "图片新闻";

    private PhotoCaptions() {
    }

    /** A caption: opening with 图为 or the like, or text ending with a photo credit. */
    static boolean isCaption(String text) {
        return CAPTION.matcher(text).find() || creditStart(text) > 0;
    }

    static boolean isCredit(String text) {
        return text.length() <= CREDIT_MAX && (shot(text) != null || SUPPLIED.matcher(text).matches());
    }

    /** Whether a paragraph describes a picture: a caption, or text pointing at it ({@code 这是…}). */
    static boolean describesPicture(String paragraph) {
        return isCaption(paragraph) || paragraph.startsWith("这是") || paragraph.contains("。这是");
    }

    static boolean isPhotoMarker(String text) {
        return PHOTO_MARKER.matcher(text).matches();
    }

    /** A photographer's credit: the agency (null for none) and the names (null when unnamed). */
    private record Shot(String agency, String names) {
    }

    /** The photographer's credit {@code text} is, or null. */
    private static Shot shot(String text) {
        for (Pattern form : List.of(SHOT, SHOT_BY_ROLE)) {
            Matcher shot = form.matcher(text);
            if (shot.matches()) {
                return new Shot(shot.group(1), shot.group(2));
            }
        }
        Matcher byName = SHOT_BY_NAME.matcher(text);
        if (byName.matches()) {
            String names = byName.group(1) != null ? byName.group(1) : byName.group(2);
            return NOT_A_NAME.matcher(names).find() ? null : new Shot(null, names);
        }
        Matcher unnamed = SHOT_UNNAMED.matcher(text);
        return unnamed.matches() ? new Shot(unnamed.group(1), null) : null;
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

    /**
     * Where the first credit at the end of {@code text} starts (after a space or a full stop, or at a bracket), else
     * -1; only the last {@value #CREDIT_MAX} characters can hold it.
     */
    private static int creditStart(String text) {
        for (int i = Math.max(1, text.length() - CREDIT_MAX); i < text.length(); i++) {
            char c = text.charAt(i);
            char before = text.charAt(i - 1);
            boolean candidate = c == '（' || c == '(' || Character.isWhitespace(before) || before == '。';
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
            Shot shot = shot(line);
            if (shot != null) {
                if (shot.names() != null) {
                    photographer = join(photographer, shot.names().replaceAll("[、\\s]+", "、"));
                }
                if (shot.agency() != null && !shot.agency().startsWith("本报")) {
                    credit = join(credit, shot.agency());
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
