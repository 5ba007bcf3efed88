package io.herald.ingest.formats.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.herald.events.Contributor;
import io.herald.events.Contributor.Role;

/**
 * Bylines: role words followed by names, e.g. {@code 记者 张伟}, {@code 本报记者 王某、李某},
 * {@code 记者 王某 通讯员 李某}, {@code 新华社记者 赵某}, {@code 作者:某某}. Names are 2–4 Chinese characters (with
 * {@code ·} for transliterated names up to 10), separated by 、, spaces, 和 or 及 (a comma
 * makes it prose: {@code 记者会上，发言人说}); five or six characters without a separator are two names.
 */
final class Bylines {

    private static final Pattern ROLE = Pattern.compile(
            "(本报特约记者|特约记者|本报实习记者|实习记者|本报记者|新华社记者|中新社记者|记者|本报通讯员|通讯员|实习生|作者[:：]?)");
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,4}|[\\p{IsHan}·]{3,10}");
    /** Two names printed without a space between them ({@code 本报记者李仁臣周庆}): read as a name of three and the rest. */
    private static final Pattern TWO_NAMES = Pattern.compile("(\\p{IsHan}{3})(\\p{IsHan}{2,3})");
    private static final int FIRST_NAME_LENGTH = 3;
    private static final Pattern MARK = Pattern.compile("^[■□●◎◆]\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("[、\\s]+|(?<=\\p{IsHan}{2})[和及](?=\\p{IsHan}{2})");
    private static final Pattern LINE = Pattern.compile("^[（(]?\\s*(?:" + ROLE.pattern()
            + "\\s*[\\p{IsHan}·]{2,10}(?:[、\\s和及]+[\\p{IsHan}·]{2,10})*\\s*)+[）)]?$");

    private Bylines() {
    }

    /** A person's name as bylines print it. */
    static boolean isName(String text) {
        return NAME.matcher(text).matches();
    }

    /**
     * Whether {@code text} is nothing but a byline, as printed on its own line under a headline; a digital edition's
     * note of paper, date and page after it ({@link PageFurniture#editionNoteStart}) is no part of it.
     */
    static boolean isBylineLine(String text) {
        String byline = withoutEditionNote(text);
        return byline.length() <= 40 && LINE.matcher(byline).matches() && !read(byline).isEmpty();
    }

    /** The people named in {@code text}; empty unless every part of it is a role word or a name. */
    static List<Contributor> read(String text) {
        String inner = withoutEditionNote(text).strip().replaceAll("^[（(]|[）)]$", "").strip();
        Matcher role = ROLE.matcher(inner);
        List<Contributor> people = new ArrayList<>();
        int start = -1;
        Role current = null;
        while (role.find()) {
            if (current == null && !inner.substring(0, role.start()).isBlank()) {
                return List.of();
            }
            if (current != null && !addNames(inner.substring(start, role.start()), current, people)) {
                return List.of();
            }
            current = roleOf(role.group());
            start = role.end();
        }
        if (current == null || !addNames(inner.substring(start), current, people)) {
            return List.of();
        }
        return people;
    }

    /** The byline without a digital edition's note after it and without a mark before it ({@code ■本报记者 …}). */
    private static String withoutEditionNote(String text) {
        int note = PageFurniture.editionNoteStart(text);
        return MARK.matcher(note > 0 ? text.substring(0, note).strip() : text).replaceFirst("");
    }

    private static boolean addNames(String names, Role role, List<Contributor> people) {
        String[] parts = SEPARATOR.split(names.strip());
        for (String name : parts) {
            if (!isName(name)) {
                return false;
            }
            Matcher two = TWO_NAMES.matcher(name);
            if (two.matches() && name.length() > FIRST_NAME_LENGTH + 1) {
                people.add(new Contributor(two.group(1), role));
                people.add(new Contributor(two.group(2), role));
            } else {
                people.add(new Contributor(name, role));
            }
        }
        return parts.length > 0;
    }

    private static Role roleOf(String word) {
        if (word.startsWith("作者")) {
            return Role.AUTHOR;
        }
        if (word.contains("通讯员") || word.contains("特约")) {
            return Role.CORRESPONDENT;
        }
        if (word.contains("实习生")) {
            return Role.OTHER;
        }
        return Role.REPORTER;
    }
}
