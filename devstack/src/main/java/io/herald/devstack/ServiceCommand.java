package io.herald.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * with the same file), then its class-data archive, then the settings the project gives that service alone, when it
 * gives any ({@value #SERVICE_OPTIONS_DIRECTORY}{@code /<module>.options}, in the image too), then a deployment's own
 * options from the environment ({@code <MODULE>_JAVA_OPTS}, e.g. {@code CATALOG_SERVICE_JAVA_OPTS=-Xmx256m}). Later
 * options win.
 * <p>
 * The class-data archive is trained by a real run: the first start of a build writes it as its JVM exits
 * ({@value #TRAINED_ARCHIVE} beside the jar, see {@link ServiceLaunch}), with the classes the service loaded serving
 * its broker, database and requests; every later start of that build maps them instead of loading them again, which
 * makes it start faster and hold less. A rebuilt jar is newer than its archive, so its first start trains again.
 * (Quarkus's own archive, {@code app-cds.jsa}, comes from a run that stops after static initialisation and holds about
 * 4,700 classes, where render loads some 13,000 more after that; JDK 17 cannot write an archive on top of it, so
 * devstack does not use it. The image does: an image build has no broker or database to train against.)
 */
public final class ServiceCommand {

    /** The shared JVM settings, one option a line ({@code #} starts a comment), relative to the repository. */
    public static final String OPTIONS_FILE = "docker/jvm.options";
    /** Where a service's own settings are, as {@code <module>.options}, relative to the repository. */
    public static final String SERVICE_OPTIONS_DIRECTORY = "docker/jvm";
    /** The class-data archive a run of the service writes beside {@code quarkus-run.jar} for the later starts. */
    static final String TRAINED_ARCHIVE = "trained-cds.jsa";

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

    /**
     * Runs {@code jar}, the built {@code module}, with the JVM that runs this process, in the jar's directory: with the
     * archive a run of this build trained, or training it.
     */
    public ServiceLaunch forJar(String module, Path jar) {
        Path archive = jar.resolveSibling(TRAINED_ARCHIVE);
        if (isNotOlder(archive, jar)) {
            return ServiceLaunch.of(builder(module, jar, "-XX:SharedArchiveFile=" + archive));
        }
        Path written = unfinishedArchive(jar);
        // As it writes the archive the JVM warns of every class it leaves out (about 3,000 a service: classes loaded
        // but never linked, reflection accessors); only its errors go to the service's log.
        return ServiceLaunch.training(builder(module, jar, "-XX:ArchiveClassesAtExit=" + written, "-Xlog:cds=error"),
                written, archive);
    }

    private ProcessBuilder builder(String module, Path jar, String... classData) {
        return new ProcessBuilder(command(module, jar, classData)).directory(jar.getParent().toFile());
    }

    private List<String> command(String module, Path jar, String... classData) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "@" + options));
        command.addAll(List.of(classData));
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

    private static boolean isNotOlder(Path archive, Path jar) {
        try {
            return Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compare " + archive + " with " + jar, e);
        }
    }

    /** A file of its own for each training start: two instances of one build may train at once. */
    private static Path unfinishedArchive(Path jar) {
        try {
            return Files.createTempFile(jar.getParent(), "trained-cds-", ".jsa.part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the class-data archive's file beside " + jar, e);
        }
    }

    /** Where a service's own JVM options are given: {@code CATALOG_SERVICE_JAVA_OPTS} for catalog-service. */
    public static String optionsVariable(String module) {
        return module.toUpperCase(Locale.ROOT).replace('-', '_') + "_JAVA_OPTS";
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
