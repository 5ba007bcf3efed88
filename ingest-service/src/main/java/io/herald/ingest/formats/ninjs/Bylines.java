package io.herald.ingest.formats.ninjs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.herald.events.Contributor;
import io.herald.ingest.article.ContributorRequest;

/**
 * Reads a free-text byline into contributors: {@code 记者 张伟} → reporter 张伟, {@code 通讯员 李明} →
 * correspondent, {@code By Jane Doe} → Jane Doe. A role word applies to the names after it; names are
 * separated by commas, 、, semicolons or {@code and}; Chinese names and role words also by spaces.
 */
public final class Bylines {

    /** Longest first, so that 本报记者 wins over 记者. */
    private static final List<Map.Entry<String, Contributor.Role>> ROLE_WORDS = List.of(
            Map.entry("本报记者", Contributor.Role.REPORTER),
            Map.entry("特约记者", Contributor.Role.CORRESPONDENT),
            Map.entry("摄影记者", Contributor.Role.PHOTOGRAPHER),
            Map.entry("责任编辑", Contributor.Role.EDITOR),
            Map.entry("通讯员", Contributor.Role.CORRESPONDENT),
            Map.entry("记者", Contributor.Role.REPORTER),
            Map.entry("摄影", Contributor.Role.PHOTOGRAPHER),
            Map.entry("编辑", Contributor.Role.EDITOR),
            Map.entry("作者", Contributor.Role.AUTHOR));
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,，、;；/]|\\band\\b)\\s*");
    private static final Pattern BY = Pattern.compile("^(?i:by)\\s+");
    private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\s]+");

    private Bylines() {
    }

    public static List<ContributorRequest> parse(String byline, Contributor.Role defaultRole) {
        List<ContributorRequest> contributors = new ArrayList<>();
        String text = BY.matcher(byline.strip().replaceAll("^[(（]|[)）]$", "")).replaceFirst("");
        Contributor.Role role = defaultRole;
        for (String segment : SEPARATORS.split(text)) {
            String stripped = segment.strip();
            for (String token : CHINESE.matcher(stripped).matches() ? stripped.split("\\s+") : new String[] {stripped}) {
                String name = token;
                for (Map.Entry<String, Contributor.Role> word : ROLE_WORDS) {
                    if (name.startsWith(word.getKey())) {
                        role = word.getValue();
                        name = name.substring(word.getKey().length()).strip();
                        break;
                    }
                }
                if (!name.isEmpty()) {
                    contributors.add(new ContributorRequest(name, role));
                }
            }
        }
        return contributors;
    }
}
