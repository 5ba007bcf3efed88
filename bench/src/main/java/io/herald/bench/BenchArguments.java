package io.herald.bench;

import java.util.HashMap;
import java.util.Map;

/** A benchmark's {@code name=value} arguments, checked against the names it knows. */
final class BenchArguments {

    private BenchArguments() {
    }

    /**
     * Returns {@code defaults} overridden by {@code args}.
     *
     * @param usage shown when an argument is malformed or unknown
     */
    static Map<String, String> parse(String[] args, Map<String, String> defaults, String usage) {
        Map<String, String> values = new HashMap<>(defaults);
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("'" + arg + "' is not name=value; " + usage);
            }
            String name = arg.substring(0, equals);
            if (!defaults.containsKey(name)) {
                throw new IllegalArgumentException("unknown argument " + name + "; " + usage);
            }
            values.put(name, arg.substring(equals + 1));
        }
        return values;
    }
}
