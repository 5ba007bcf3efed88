package io.herald.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One file per service under the home ({@code run/<service>.pid}) naming the process that runs it, so that a
 * stack started again can stop services a killed launcher left behind (should its {@link OrphanGuard} have been
 * killed too) before it checks its ports.
 */
final class ServicePidFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ServicePidFiles.class);

    private final StackConfig config;

    ServicePidFiles(StackConfig config) {
        this.config = config;
    }

    void record(HeraldService service, ProcessHandle process) {
        try {
            Files.createDirectories(config.pidDirectory());
            Files.writeString(file(service), process.pid() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the pid of " + service.module() + " in " + file(service), e);
        }
    }

    void remove(HeraldService service) {
        try {
            Files.deleteIfExists(file(service));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file(service), e);
        }
    }

    /** Kills every recorded process that still runs its service's jar, and forgets them all. */
    void stopLeftovers() {
        for (HeraldService service : HeraldService.values()) {
            leftover(service).ifPresent(process -> {
                LOG.warn("{} (pid {}) is still running from an earlier launcher that was killed; stopping it",
                        service.module(), process.pid());
                process.destroyForcibly();
                process.onExit().join();
            });
            remove(service);
        }
    }

    private Optional<ProcessHandle> leftover(HeraldService service) {
        Path file = file(service);
        try {
            String pid = Files.exists(file) ? Files.readString(file).strip() : "";
            if (!pid.matches("\\d+")) {
                return Optional.empty();
            }
            String jar = config.serviceJar(service).toString();
            return ProcessHandle.of(Long.parseLong(pid))
                    .filter(process -> process.info().commandLine().map(command -> command.contains(jar)).orElse(false));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private Path file(HeraldService service) {
        return config.pidDirectory().resolve(service.module() + ".pid");
    }
}
