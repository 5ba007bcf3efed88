package io.herald.e2e;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The metric names a PromQL expression reads: what Prometheus must scrape for a panel to show anything. */
final class PromQl {

    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "and", "or", "unless", "offset", "bool", "inf", "nan");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern LABEL_LIST = Pattern.compile(
            "\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\w+");
    /** An identifier, and an opening parenthesis after it if it is a function or an aggregation. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(\\s*\\()?");

    private PromQl() {
    }

    static Set<String> metricNames(String expression) {
        String bare = strip(strip(strip(strip(strip(expression, STRING), LABEL_MATCHERS), RANGE), LABEL_LIST), VARIABLE);
        Set<String> names = new LinkedHashSet<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            String name = identifier.group().replaceAll("[\\s(]", "");
            if (identifier.group(1) == null && !KEYWORDS.contains(name.toLowerCase())) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The family of a Herald metric: a histogram's {@code _bucket}, {@code _count}, {@code _sum} and {@code _max}
     * series are one metric.
     */
    static String family(String name) {
        return name.startsWith("herald_") ? name.replaceFirst("_(bucket|count|sum|max)$", "") : name;
    }

    private static String strip(String expression, Pattern pattern) {
        return pattern.matcher(expression).replaceAll(" ");
    }
}
