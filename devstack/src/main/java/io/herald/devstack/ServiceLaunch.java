package io.herald.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One start of a built service ({@link ServiceCommand}): the command, and, when this start trains the service's
 * class-data archive, what becomes of the archive its JVM writes as it exits. A JVM killed while writing leaves an
 * unfinished file: only a JVM that exited by itself or on SIGTERM or SIGINT finished it, and only then is it kept.
 */
public final class ServiceLaunch {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceLaunch.class);
    /** 0, or 128 + SIGINT or SIGTERM: the JVM ran its shutdown, which writes the archive. */
    private static final Set<Integer> CLEAN_EXITS = Set.of(0, 130, 143);
    /** How long a service may take to shut down after SIGTERM before it is killed. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    /**
     * The same for a start that writes the archive as it exits: about 6 s of CPU for a service's 80-90 MB on this
     * project's 2-core machines, on top of its shutdown; several services stopping at once share the cores.
     */
    private static final Duration TRAINING_STOP_GRACE = Duration.ofSeconds(60);

    private final ProcessBuilder builder;
    private final Path written;
    private final Path archive;

    private ServiceLaunch(ProcessBuilder builder, Path written, Path archive) {
        this.builder = builder;
        this.written = written;
        this.archive = archive;
    }

    /** A start that writes nothing when it exits. */
    static ServiceLaunch of(ProcessBuilder builder) {
        return new ServiceLaunch(builder, null, null);
    }

    /** A start whose JVM writes {@code written} as it exits, to become {@code archive}. */
    static ServiceLaunch training(ProcessBuilder builder, Path written, Path archive) {
        return new ServiceLaunch(builder, written, archive);
    }

    public ProcessBuilder builder() {
        return builder;
    }

    /** How long the JVM may take to exit after SIGTERM before it is killed: longer while it writes its archive. */
    public Duration stopGrace() {
        return written == null ? STOP_GRACE : TRAINING_STOP_GRACE;
    }

    /**
     * After the JVM exited with {@code exitCode}: the archive it wrote at a clean exit replaces the service's
     * archive (for its next starts); an unfinished one is removed. A file that cannot be kept is logged, not thrown:
     * the next start trains again.
     */
    public void exited(int exitCode) {
        if (written == null) {
            return;
        }
        try {
            if (CLEAN_EXITS.contains(exitCode) && Files.size(written) > 0) {
                Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                LOG.info("Class-data archive {} written ({} MB): the next starts of this build use it", archive,
                        Files.size(archive) >> 20);
            } else {
                Files.deleteIfExists(written);
                LOG.info("No class-data archive from this run (exit code {}): the next start writes one", exitCode);
            }
        } catch (IOException e) {
            LOG.warn("Cannot keep the class-data archive {}: the next start writes one", written, e);
        }
    }
}
