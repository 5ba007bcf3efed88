package io.herald.service.operator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The operator keys of {@code herald.operator.keys}: {@code name:key} entries separated by commas. Only each key's
 * SHA-256 digest is kept; a presented key is compared with every one of them in constant time. Messages name an
 * entry by its position or its name, never by its key.
 */
public final class OperatorKeys {

    static final String SETTING = "herald.operator.keys (HERALD_OPERATOR_KEYS)";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final List<Entry> entries;

    private OperatorKeys(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    private record Entry(String name, byte[] digest) {
    }

    /**
     * Parses {@code setting}, e.g. {@code alice:k3y-1,ci:k3y-2}; blank means no key.
     *
     * @throws IllegalArgumentException for an entry that is not {@code name:key}, a name used twice or one key
     *                                  under two names
     */
    public static OperatorKeys parse(String setting) {
        List<Entry> entries = new ArrayList<>();
        if (setting.isBlank()) {
            return new OperatorKeys(entries);
        }
        String[] parts = setting.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String entry = parts[i].strip();
            int colon = entry.indexOf(':');
            String name = colon < 0 ? "" : entry.substring(0, colon).strip();
            String key = colon < 0 ? "" : entry.substring(colon + 1).strip();
            if (name.isEmpty() || key.isEmpty()) {
                throw invalid("entry " + (i + 1) + " of " + parts.length + " is not name:key (a name, a colon, the key;"
                        + " entries separated by commas)");
            }
            if (!NAME.matcher(name).matches()) {
                throw invalid("the name of entry " + (i + 1) + " of " + parts.length + " must be 1 to 64 letters,"
                        + " digits, '.', '_' or '-', starting with a letter or digit");
            }
            byte[] digest = sha256(key);
            for (Entry earlier : entries) {
                if (earlier.name().equals(name)) {
                    throw invalid("the name '" + name + "' is given twice; each key needs its own name");
                }
                if (MessageDigest.isEqual(earlier.digest(), digest)) {
                    throw invalid("'" + earlier.name() + "' and '" + name + "' have the same key; give each its own");
                }
            }
            entries.add(new Entry(name, digest));
        }
        return new OperatorKeys(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The keys' names, in the order configured. */
    public List<String> names() {
        return entries.stream().map(Entry::name).toList();
    }

    /**
     * The name of {@code presented} if it is one of the keys. Every key is compared, in constant time over
     * equal-length digests, whichever matches: the time taken tells neither whether nor which key matched.
     */
    public Optional<String> nameOf(String presented) {
        byte[] digest = sha256(presented);
        String matched = null;
        for (Entry entry : entries) {
            boolean equal = MessageDigest.isEqual(entry.digest(), digest);
            matched = equal ? entry.name() : matched;
        }
        return Optional.ofNullable(matched);
    }

    private static IllegalArgumentException invalid(String reason) {
        return new IllegalArgumentException(SETTING + ": " + reason);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
