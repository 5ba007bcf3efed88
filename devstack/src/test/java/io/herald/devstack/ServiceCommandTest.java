package io.herald.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceCommandTest {

    @TempDir
    Path repository;

    @Test
    void theJvmReadsTheSharedOptionsFileBeforeTheJarAndRunsInTheJarsDirectory() throws IOException {
        Path jar = jar("catalog-service");

        ProcessBuilder builder = withOptionsFile(Map.of()).forJar("catalog-service", jar).builder();

        assertEquals(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + repository.resolve("docker/jvm.options")), builder.command().subList(0, 2));
        assertEquals(List.of("-jar", jar.toString()), builder.command().subList(builder.command().size() - 2,
                builder.command().size()));
        assertEquals(jar.getParent().toFile(), builder.directory());
    }

    @Test
    void aServiceGetsItsOwnOptionsAfterTheSharedOnesSoThatTheyWin() throws IOException {
        Map<String, String> environment = Map.of("CATALOG_SERVICE_JAVA_OPTS", " -Xmx300m   -Dsome.flag=on ",
                "RENDER_SERVICE_JAVA_OPTS", "-Xmx400m");

        List<String> command = withOptionsFile(environment).forJar("catalog-service", jar("catalog-service"))
                .builder().command();

        assertEquals(List.of("-Xmx300m", "-Dsome.flag=on", "-jar"), command.subList(command.size() - 4, command.size() - 1));
    }

    @Test
    void theFirstStartOfABuildWritesItsClassDataArchiveAtExitAndTheNextStartsUseIt() throws IOException {
        Path jar = jar("render-service");
        ServiceCommand services = withOptionsFile(Map.of());

        ServiceLaunch first = services.forJar("render-service", jar);
        Path written = writtenArchive(first);
        Files.writeString(written, "the archive the JVM wrote as it exited");
        first.exited(143);
        ServiceLaunch next = services.forJar("render-service", jar);

        Path archive = jar.resolveSibling(ServiceCommand.TRAINED_ARCHIVE);
        assertEquals("the archive the JVM wrote as it exited", Files.readString(archive));
        assertFalse(Files.exists(written));
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive, "-jar"), next.builder().command().subList(2, 4));
    }

    @Test
    void aJvmThatDidNotExitCleanlyLeavesNoArchiveAndTheNextStartTrainsAgain() throws IOException {
        Path jar = jar("catalog-service");
        ServiceCommand services = withOptionsFile(Map.of());
        ServiceLaunch killedWhileWriting = services.forJar("catalog-service", jar);
        Path unfinished = writtenArchive(killedWhileWriting);
        Files.writeString(unfinished, "half an archive");
        ServiceLaunch exitedWithoutWriting = services.forJar("catalog-service", jar);

        killedWhileWriting.exited(137);
        exitedWithoutWriting.exited(0);

        assertFalse(Files.exists(unfinished));
        assertFalse(Files.exists(writtenArchive(exitedWithoutWriting)));
        assertFalse(Files.exists(jar.resolveSibling(ServiceCommand.TRAINED_ARCHIVE)));
        writtenArchive(services.forJar("catalog-service", jar));
    }

    @Test
    void anArchiveOlderThanItsJarIsTrainedAgain() throws IOException {
        Path jar = jar("ingest-service");
        Path archive = Files.writeString(jar.resolveSibling(ServiceCommand.TRAINED_ARCHIVE), "the last build's archive");
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));

        ServiceLaunch launch = withOptionsFile(Map.of()).forJar("ingest-service", jar);

        assertEquals(jar.getParent(), writtenArchive(launch).getParent());
        assertNotEquals(archive, writtenArchive(launch));
    }

    @Test
    void aServicesOwnOptionsFileComesAfterTheSharedOnesAndBeforeTheEnvironments() throws IOException {
        Path own = Files.createDirectories(repository.resolve(ServiceCommand.SERVICE_OPTIONS_DIRECTORY))
                .resolve("wechat-service.options");
        Files.writeString(own, "-XX:TieredStopAtLevel=1\n");
        ServiceCommand services = withOptionsFile(Map.of("WECHAT_SERVICE_JAVA_OPTS", "-XX:TieredStopAtLevel=4"));

        List<String> wechat = services.forJar("wechat-service", jar("wechat-service")).builder().command();
        List<String> render = services.forJar("render-service", jar("render-service")).builder().command();

        assertEquals(List.of("@" + own, "-XX:TieredStopAtLevel=4", "-jar"), wechat.subList(wechat.size() - 4, wechat.size() - 1));
        assertEquals("@" + repository.resolve("docker/jvm.options"), wechat.get(1));
        // render has no options of its own: its class-data options (a first start: training) come right before the jar
        assertEquals(List.of("-Xlog:cds=error", "-jar"), render.subList(render.size() - 3, render.size() - 1));
    }

    @Test
    void theServicesVariablesAreNamedAfterTheirModules() {
        assertEquals("CATALOG_SERVICE_JAVA_OPTS", ServiceCommand.optionsVariable(HeraldService.CATALOG.module()));
        assertEquals("WECHAT_SANDBOX_JAVA_OPTS", ServiceCommand.optionsVariable(HeraldService.WECHAT_SANDBOX.module()));
    }

    @Test
    void aRepositoryWithoutTheOptionsFileIsRefusedNamingIt() {
        StackStartException refused = assertThrows(StackStartException.class,
                () -> new ServiceCommand(repository, Map.of()));

        assertTrue(refused.getMessage().contains(repository.resolve("docker/jvm.options").toString()), refused.getMessage());
    }

    /**
     * Where the JVM of a training start writes its archive: the options after the shared ones say so, and keep the
     * JVM's warnings of the classes left out of the service's log.
     */
    private static Path writtenArchive(ServiceLaunch launch) {
        List<String> classData = launch.builder().command().subList(2, 4);
        String prefix = "-XX:ArchiveClassesAtExit=";
        assertTrue(classData.get(0).startsWith(prefix), classData.toString());
        assertEquals("-Xlog:cds=error", classData.get(1));
        return Path.of(classData.get(0).substring(prefix.length()));
    }

    private ServiceCommand withOptionsFile(Map<String, String> environment) throws IOException {
        Files.createDirectories(repository.resolve("docker"));
        Files.writeString(repository.resolve(ServiceCommand.OPTIONS_FILE), "-XX:+UseSerialGC\n");
        return new ServiceCommand(repository, environment);
    }

    private Path jar(String module) throws IOException {
        Path jar = repository.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        Files.createDirectories(jar.getParent());
        return Files.createFile(jar);
    }
}
