package io.herald.deploy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every service runs as its image starts it, with the JVM settings every Herald service shares (the repository's
 * {@code docker/jvm.options}, which {@code ./herald up} runs the services with too) and its own ({@code
 * docker/jvm/<module>.options}, if any): no container replaces the image's command. And each container's memory limit
 * leaves its JVM room: the heap's maximum (the last {@code -Xmx} of those settings and the container's {@code
 * JAVA_OPTS}, which come after them and win) plus what the JVM keeps beside the heap.
 */
final class JvmWithinMemoryLimit implements Invariant {

    /**
     * What a service's JVM keeps beside its heap: class metadata (about 110 MiB with the class-data archive), compiled
     * code, symbols, threads' stacks, the collector's own structures, direct buffers; about 160 MiB at rest after a
     * warm-up ({@code bench/run-footprint.sh}), more under load.
     */
    static final long BESIDE_HEAP_MIB = 192;
    static final String JAVA_OPTS = "JAVA_OPTS";
    private static final long MIB = 1024 * 1024;

    @Override
    public List<String> violations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (Manifest deployment : manifests.all("Deployment")) {
            for (JsonNode container : deployment.containers()) {
                String where = deployment + ", container " + container.path("name").asText();
                if (container.has("command") || container.has("args")) {
                    violations.add(where + " replaces its image's command, which runs the JVM with docker/jvm.options");
                }
                Optional<String> heap = heapMaximum(Stream.concat(manifests.jvmOptions(deployment).stream(),
                        options(manifests.environment(deployment, container))).toList());
                Optional<String> limit = Manifest.text(container.path("resources").path("limits").path("memory"));
                if (heap.isEmpty()) {
                    violations.add(where + " runs a JVM without a heap maximum (-Xmx)");
                } else if (limit.isPresent() && bytes(heap.get()) + BESIDE_HEAP_MIB * MIB > quantity(limit.get())) {
                    violations.add(where + " may use " + limit.get() + " of memory, less than its JVM's heap (-Xmx"
                            + heap.get() + ") and " + BESIDE_HEAP_MIB + " MiB beside it");
                }
            }
        }
        return violations;
    }

    private static Stream<String> options(Map<String, String> environment) {
        return Arrays.stream(environment.getOrDefault(JAVA_OPTS, "").trim().split("\\s+"));
    }

    /** The last {@code -Xmx} given (the JVM takes the last), without the {@code -Xmx}. */
    private static Optional<String> heapMaximum(List<String> options) {
        return options.stream().filter(option -> option.startsWith("-Xmx")).reduce((first, second) -> second)
                .map(option -> option.substring("-Xmx".length()));
    }

    /** A JVM size: bytes, or k, m, g (either case) for KiB, MiB, GiB. */
    static long bytes(String size) {
        char unit = Character.toLowerCase(size.charAt(size.length() - 1));
        String number = size.substring(0, size.length() - 1);
        return switch (unit) {
            case 'k' -> Long.parseLong(number) * 1024;
            case 'm' -> Long.parseLong(number) * MIB;
            case 'g' -> Long.parseLong(number) * 1024 * MIB;
            default -> Long.parseLong(size);
        };
    }

    /** A Kubernetes quantity of bytes: plain, or with a binary (Ki, Mi, Gi, Ti) or decimal (k, M, G, T) suffix. */
    static long quantity(String quantity) {
        List<String> suffixes = List.of("Ki", "Mi", "Gi", "Ti", "k", "M", "G", "T");
        List<Long> factors = List.of(1L << 10, 1L << 20, 1L << 30, 1L << 40, 1_000L, 1_000_000L, 1_000_000_000L,
                1_000_000_000_000L);
        for (int i = 0; i < suffixes.size(); i++) {
            if (quantity.endsWith(suffixes.get(i))) {
                String number = quantity.substring(0, quantity.length() - suffixes.get(i).length());
                return new BigDecimal(number).multiply(BigDecimal.valueOf(factors.get(i))).longValueExact();
            }
        }
        return new BigDecimal(quantity).longValueExact();
    }
}
