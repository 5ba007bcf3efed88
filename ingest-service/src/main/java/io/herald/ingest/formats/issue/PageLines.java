package io.herald.ingest.formats.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits page text into {@link PageLine}s; blank lines and Markdown rules ({@code ---}) carry no meaning of their own.
 * An HTML line break ({@code <br/>}), as some archives leave it in the text, breaks the line.
 */
final class PageLines {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+]|\\d{1,3}[.)])\\s+(.*)$");
    private static final Pattern RULE = Pattern.compile("^(?:[-*_]\\s*){3,}$");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00a0]+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R|(?i)<br\\s*/?>");

    private PageLines() {
    }

    static List<PageLine> of(String text) {
        List<PageLine> lines = new ArrayList<>();
        for (String raw : LINE_BREAK.split(text.replace("\uFEFF", ""))) {
            String line = SPACES.matcher(raw).replaceAll(" ").strip();
            if (line.isEmpty() || RULE.matcher(line).matches()) {
                continue;
            }
            int level = 0;
            boolean listItem = false;
            Matcher heading = HEADING.matcher(line);
            Matcher item = LIST_ITEM.matcher(line);
            if (heading.matches()) {
                level = heading.group(1).length();
                line = heading.group(2);
            } else if (item.matches()) {
                listItem = true;
                line = item.group(1);
            }
            line = EMPHASIS.matcher(line).replaceAll("").strip();
            if (!line.isEmpty()) {
                lines.add(new PageLine(line, level, listItem));
            }
        }
        return lines;
    }
}
