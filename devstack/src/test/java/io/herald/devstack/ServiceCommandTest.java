package io.herald.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

        ProcessBuilder builder = withOptionsFile(Map.of()).forJar("catalog-service", jar);

        assertEquals(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + repository.resolve("docker/jvm.options"), "-jar", jar.toString()), builder.command());
        assertEquals(jar.getParent().toFile(), builder.directory());
    }

    @Test
    void aServiceGetsItsOwnOptionsAfterTheSharedOnesSoThatTheyWin() throws IOException {
        Map<String, String> environment = Map.of("CATALOG_SERVICE_JAVA_OPTS", " -Xmx300m   -Dsome.flag=on ",
                "RENDER_SERVICE_JAVA_OPTS", "-Xmx400m");

        List<String> command = withOptionsFile(environment).forJar("catalog-service", jar("catalog-service")).command();

        assertEquals(List.of("-Xmx300m", "-Dsome.flag=on", "-jar"), command.subList(2, 5));
    }

    @Test
    void theClassDataArchiveBesideTheJarIsUsedWhenTheBuildMadeOne() throws IOException {
        Path jar = jar("render-service");
        Path archive = Files.createFile(jar.resolveSibling("app-cds.jsa"));

        List<String> command = withOptionsFile(Map.of()).forJar("render-service", jar).command();

        assertEquals("-XX:SharedArchiveFile=" + archive, command.get(2));
    }

    @Test
    void aServicesOwnOptionsFileComesAfterTheSharedOnesAndBeforeTheEnvironments() throws IOException {
        Path own = Files.createDirectories(repository.resolve(ServiceCommand.SERVICE_OPTIONS_DIRECTORY))
                .resolve("wechat-service.options");
        Files.writeString(own, "-XX:TieredStopAtLevel=1\n");
        ServiceCommand services = withOptionsFile(Map.of("WECHAT_SERVICE_JAVA_OPTS", "-XX:TieredStopAtLevel=4"));

        List<String> wechat = services.forJar("wechat-service", jar("wechat-service")).command();
        List<String> render = services.forJar("render-service", jar("render-service")).command();

        assertEquals(List.of("@" + repository.resolve("docker/jvm.options"), "@" + own, "-XX:TieredStopAtLevel=4",
                "-jar"), wechat.subList(1, 5));
        assertEquals(List.of("@" + repository.resolve("docker/jvm.options"), "-jar"), render.subList(1, 3));
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
