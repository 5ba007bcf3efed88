package io.herald.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import io.herald.devstack.HeraldStack;
import io.herald.devstack.StackConfig;

/**
 * One {@link HeraldStack} (the three built services, one Kafka broker, one PostgreSQL, on free ports) for every
 * end-to-end test class of a run: it starts when the first test asks for it as a parameter and stops when the run
 * ends, so the ~20–30 s start is paid once. Tests share it, so each one uses article ids of its own.
 */
public final class RunningStack implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningStack.class);
    /**
     * How long the services may take to get ready ({@code -Dherald.e2e.ready-timeout-seconds}); longer than the
     * launcher's default, since a test machine may be busy with other builds.
     */
    private static final Duration READY_TIMEOUT =
            Duration.ofSeconds(Integer.getInteger("herald.e2e.ready-timeout-seconds", 300));

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == HeraldStack.class;
    }

    @Override
    public HeraldStack resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // The root store closes the stack (an AutoCloseable) when the whole run ends.
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(HeraldStack.class, type -> start(), HeraldStack.class);
    }

    private static HeraldStack start() {
        Path repository = Path.of(System.getProperty("herald.repository"));
        try {
            Path home = Files.createTempDirectory("herald-e2e-");
            return new HeraldStack(StackConfig.onFreePorts(home, repository).withReadyTimeout(READY_TIMEOUT)).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the stack's home directory", e);
        }
    }
}
