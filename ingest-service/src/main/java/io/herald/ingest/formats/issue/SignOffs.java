package io.herald.ingest.formats.issue;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.herald.events.Contributor;
import io.herald.events.Contributor.Role;

/**
 * The author's name set after the last sentence of an article ({@code … 提升融合发展成效。 姚雯},
 * {@code …。（姚雯）}, {@code …。（本报记者 王某）}). The name must be separated from the stop by a space or
 * brackets, so that a sentence cut after its first characters is never read as a name.
 */
final class SignOffs {

    private static final Pattern SIGN_OFF = Pattern.compile(
            "^(.*[。！？!?…][”」』]?)(?:\\s+[（(]?|\\s*[（(])\\s*([^（()）。]{2,30}?)\\s*[）)]?$");

    /** A stop, brackets, a role word and four names fit in this many characters; only they are looked at. */
    private static final int TAIL = 48;

    private SignOffs() {
    }

    /**
     * @param text   the paragraph without the sign-off
     * @param people the signing authors (role author), or the bracketed byline's people with their roles
     */
    record SignOff(String text, List<Contributor> people) {
    }

    /** The sign-off ending {@code paragraph}, or null when it ends without one. */
    static SignOff read(String paragraph) {
        int cut = Math.max(0, paragraph.length() - TAIL);
        Matcher signOff = SIGN_OFF.matcher(paragraph.substring(cut));
        if (!signOff.matches()) {
            return null;
        }
        String text = paragraph.substring(0, cut) + signOff.group(1);
        String signature = signOff.group(2).strip();
        List<Contributor> byline = Bylines.read(signature);
        if (!byline.isEmpty()) {
            return new SignOff(text, byline);
        }
        String[] names = signature.split("[、\\s]+");
        if (names.length > 4 || !Arrays.stream(names).allMatch(Bylines::isName)) {
            return null;
        }
        return new SignOff(text,
                Arrays.stream(names).map(name -> new Contributor(name, Role.AUTHOR)).toList());
    }
}
