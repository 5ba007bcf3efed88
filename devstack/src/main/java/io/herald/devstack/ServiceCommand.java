package io.herald.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a built Herald service is run, as its container image runs it: from the jar's directory, {@code java} with the
 * JVM settings every service shares, which the JVM reads from the repository's {@value #OPTIONS_FILE} (the image runs
 * with the same file), then the class-data archive its build made, when there is one ({@value #CDS_ARCHIVE} beside
 * the jar; it names the jar relative to that directory), then the settings the project gives that service alone, when
 * it gives any ({@value #SERVICE_OPTIONS_DIRECTORY}{@code /<module>.options}, in the image too), then a deployment's own
 * options from the environment ({@code <MODULE>_JAVA_OPTS}, e.g. {@code CATALOG_SERVICE_JAVA_OPTS=-Xmx256m}). Later
 * options win.
 */
public final class ServiceCommand {

    /** The shared JVM settings, one option a line ({@code #} starts a comment), relative to the repository. */
    public static final String OPTIONS_FILE = "docker/jvm.options";
    /** Where a service's own settings are, as {@code <module>.options}, relative to the repository. */
    public static final String SERVICE_OPTIONS_DIRECTORY = "docker/jvm";
    /** The AppCDS archive Quarkus writes beside {@code quarkus-run.jar} when asked to. */
    static final String CDS_ARCHIVE = "app-cds.jsa";

    private final Path options;
    private final Path serviceOptions;
    private final Map<String, String> environment;

    /**
     * @param environment where the services' own options are looked up
     * @throws StackStartException if the repository has no {@value #OPTIONS_FILE}
     */
    ServiceCommand(Path repository, Map<String, String> environment) {
        this.options = repository.resolve(OPTIONS_FILE);
        this.serviceOptions = repository.resolve(SERVICE_OPTIONS_DIRECTORY);
        this.environment = environment;
        if (!Files.isRegularFile(options)) {
            throw new StackStartException(options + " is missing: the JVM settings of the services");
        }
    }

    /** The services' own options taken from this process' environment. */
    public static ServiceCommand inRepository(Path repository) {
        return new ServiceCommand(repository, System.getenv());
    }

    /** Runs {@code jar}, the built {@code module}, with the JVM that runs this process, in the jar's directory. */
    public ProcessBuilder forJar(String module, Path jar) {
        return new ProcessBuilder(command(module, jar)).directory(jar.getParent().toFile());
    }

    private List<String> command(String module, Path jar) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "@" + options));
        Path archive = jar.resolveSibling(CDS_ARCHIVE);
        if (Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        Path own = serviceOptions.resolve(module + ".options");
        if (Files.isRegularFile(own)) {
            command.add("@" + own);
        }
        String deployment = environment.get(optionsVariable(module));
        if (deployment != null) {
            Arrays.stream(deployment.trim().split("\\s+")).filter(option -> !option.isEmpty()).forEach(command::add);
        }
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    /** Where a service's own JVM options are given: {@code CATALOG_SERVICE_JAVA_OPTS} for catalog-service. */
    public static String optionsVariable(String module) {
        return module.toUpperCase(Locale.ROOT).replace('-', '_') + "_JAVA_OPTS";
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
