package io.herald.service.params;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import io.herald.service.problem.ProblemException;

/**
 * Reads path and query parameters: a value that breaks its rule is a 400 {@code invalid-parameter} problem naming
 * the parameter, its rule and the value.
 */
public final class Parameters {

    /** The rule of a date parameter. */
    public static final String DATE_RULE = "must be a date as YYYY-MM-DD";
    /** The rule of a true/false parameter. */
    public static final String BOOLEAN_RULE = "must be true or false";

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");

    private Parameters() {
    }

    /** {@code value} as a date, {@code 2026-04-06}. */
    public static LocalDate date(String name, String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw ProblemException.invalidParameter(name, DATE_RULE, value);
    }

    /** {@code value} as an integer from {@code min} to {@code max} (digits, a minus sign before a negative one). */
    public static long integer(String name, String value, long min, long max) {
        return integer(name, value, min, max, max == Long.MAX_VALUE ? "must be an integer of at least " + min
                : "must be an integer from " + min + " to " + max);
    }

    /** {@code value} as an integer from {@code min} to {@code max}, else a problem with the parameter's own rule. */
    public static long integer(String name, String value, long min, long max, String rule) {
        if (INTEGER.matcher(value).matches()) {
            try {
                long number = Long.parseLong(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // out of range of a long: refused below
            }
        }
        throw ProblemException.invalidParameter(name, rule, value);
    }

    /** {@code value} as a boolean: {@code true} or {@code false}, nothing else. */
    public static boolean bool(String name, String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalidParameter(name, BOOLEAN_RULE, value);
        };
    }
}
