package io.herald.devstack;

import java.nio.file.Path;

/**
 * Runs {@link Launcher#up} on free ports with a home and a repository of stand-in services given as arguments,
 * as {@code ./herald up} would; {@link LauncherKillTest} runs it as a child JVM and kills it.
 */
public final class LauncherUnderTest {

    private LauncherUnderTest() {
    }

    public static void main(String[] args) {
        System.exit(Launcher.up(StackConfig.onFreePorts(Path.of(args[0]), Path.of(args[1]))));
    }
}
