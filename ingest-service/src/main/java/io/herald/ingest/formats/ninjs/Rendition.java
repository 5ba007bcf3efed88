package io.herald.ingest.formats.ninjs;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One rendition of a picture, as ninjs describes it.
 *
 * @param name   e.g. {@code original}, {@code thumbnail}
 * @param href   where the binary is
 * @param pixels width × height, 0 when unknown
 * @param bytes  size of the file, 0 when unknown
 */
public record Rendition(String name, String href, long pixels, long bytes) {

    private static final String ORIGINAL = "original";

    private static final Comparator<Rendition> BY_SIZE = Comparator.comparingLong(Rendition::pixels)
            .thenComparingLong(Rendition::bytes);

    /** The rendition named {@code original}, else the largest one; only renditions with an href count. */
    public static Optional<Rendition> best(List<Rendition> renditions) {
        List<Rendition> usable = renditions.stream().filter(r -> r.href() != null && !r.href().isBlank()).toList();
        return usable.stream().filter(r -> ORIGINAL.equals(r.name())).findFirst()
                .or(() -> usable.stream().max(BY_SIZE));
    }
}
