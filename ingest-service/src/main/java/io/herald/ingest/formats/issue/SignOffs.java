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
        Matcher signOff = SIGN_OFF.matcher(paragraph);
        if (!signOff.matches()) {
            return null;
        }
        String signature = signOff.group(2).strip();
        List<Contributor> byline = Bylines.read(signature);
        if (!byline.isEmpty()) {
            return new SignOff(signOff.group(1), byline);
        }
        String[] names = signature.split("[、\\s]+");
        if (names.length > 4 || !Arrays.stream(names).allMatch(Bylines::isName)) {
            return null;
        }
        return new SignOff(signOff.group(1),
                Arrays.stream(names).map(name -> new Contributor(name, Role.AUTHOR)).toList());
    }
}
