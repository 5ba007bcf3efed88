package io.herald.service.store;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Helpers for {@code insert ... values (...), (...)} statements that write a whole batch in one round trip,
 * split so that no statement exceeds what PostgreSQL's protocol allows (65,535 bind parameters).
 */
public final class MultiRowInsert {

    /** Rows per statement: with at most 7 parameters a row, far below the protocol's limit. */
    public static final int MAX_ROWS = 1000;

    private MultiRowInsert() {
    }

    /** {@code items} in consecutive pieces of at most {@link #MAX_ROWS}. */
    public static <T> List<List<T>> chunks(List<T> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        int count = (items.size() + MAX_ROWS - 1) / MAX_ROWS;
        return IntStream.range(0, count)
                .mapToObj(i -> items.subList(i * MAX_ROWS, Math.min(items.size(), (i + 1) * MAX_ROWS)))
                .toList();
    }

    /** {@code row} repeated {@code count} times, comma separated. */
    public static String rows(int count, String row) {
        return String.join(", ", Collections.nCopies(count, row));
    }
}
