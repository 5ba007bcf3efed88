package io.herald.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A real {@link HeraldStack} (Kafka, PostgreSQL) with {@link StandInService}s for the services, which
 * are built after devstack.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HeraldStackTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static HeraldStack stack;
    private static StackConfig config;

    @BeforeAll
    static void startStack() throws Exception {
        Path home = Files.createTempDirectory("herald-stack-");
        config = StackConfig.onFreePorts(home, StandInRepository.create(home.resolve("repository")));
        // a benchmark's settings: one of the stack's own replaced, one added
        stack = new HeraldStack(config, Map.of(HeraldService.INGEST, Map.of("HERALD_INGEST_SUPERDESK_SECRET", "given",
                "HERALD_INGEST_BULK_CHUNK_SIZE", "7"))).start();
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void everythingListensOnTheLoopbackAddressOnly() throws Exception {
        assertEquals(List.of("127.0.0.1"), ListeningSockets.on(URI.create("kafka://" + stack.kafkaBootstrapServers()).getPort()));
        assertEquals(List.of("127.0.0.1"), ListeningSockets.on(URI.create(stack.jdbcUrl("catalog").substring("jdbc:".length())).getPort()));
        for (HeraldService service : HeraldService.values()) {
            assertEquals(List.of("127.0.0.1"), ListeningSockets.on(stack.baseUrl(service).getPort()), service.module());
        }
    }

    @Test
    void theServicesWithOperatorEndpointsGetTheOperatorKey() throws Exception {
        Function<HeraldService, String> operatorKeys = service -> get(stack.baseUrl(service).resolve("/env/HERALD_OPERATOR_KEYS"));

        assertEquals("operator:operator-key", operatorKeys.apply(HeraldService.CATALOG));
        assertEquals("operator:operator-key", operatorKeys.apply(HeraldService.RENDER));
        assertEquals("operator:operator-key", operatorKeys.apply(HeraldService.WECHAT));
        assertEquals("operator:operator-key", operatorKeys.apply(HeraldService.CONSOLE));
        assertEquals("operator-key", get(stack.baseUrl(HeraldService.CONSOLE)
                .resolve("/env/HERALD_CONSOLE_SERVICES_OPERATOR_KEY")));
        assertEquals(stack.baseUrl(HeraldService.CATALOG).toString(),
                get(stack.baseUrl(HeraldService.CONSOLE).resolve("/env/HERALD_CONSOLE_SERVICES_CATALOG_URL")));
        assertEquals("404", operatorKeys.apply(HeraldService.INGEST));
        assertEquals("operator-key",
                get(stack.baseUrl(HeraldService.WECHAT_SANDBOX).resolve("/env/HERALD_WECHAT_SANDBOX_OPERATOR_KEY")));
    }

    @Test
    void theHeraldServicesAreToldWhereTheirSpansGo() {
        for (HeraldService service : HeraldService.values()) {
            assertEquals(service.standIn() ? "404" : "none",
                    get(stack.baseUrl(service).resolve("/env/HERALD_TRACING")), service.module());
        }
    }

    @Test
    void settingsGivenForAServiceWinOverTheStacksOwnAndReachOnlyIt() {
        assertEquals("given", get(stack.baseUrl(HeraldService.INGEST).resolve("/env/HERALD_INGEST_SUPERDESK_SECRET")));
        assertEquals("7", get(stack.baseUrl(HeraldService.INGEST).resolve("/env/HERALD_INGEST_BULK_CHUNK_SIZE")));
        assertEquals("404", get(stack.baseUrl(HeraldService.CATALOG).resolve("/env/HERALD_INGEST_BULK_CHUNK_SIZE")));
    }

    @Test
    void theSandboxKeepsItsStateUnderTheHome() {
        assertEquals(config.home().resolve("wechat-sandbox").toString(),
                get(stack.baseUrl(HeraldService.WECHAT_SANDBOX).resolve("/env/HERALD_WECHAT_SANDBOX_DATA_DIR")));
    }

    @Test
    void everyServiceRunsWithTheRepositorysJvmOptions() throws Exception {
        List<String> shared = Files.readAllLines(StandInRepository.sharedOptions()).stream()
                .map(line -> line.replaceFirst("#.*", "").trim())
                .filter(line -> !line.isEmpty())
                .flatMap(line -> Arrays.stream(line.split("\\s+")))
                .toList();

        assertTrue(shared.contains("-XX:+ExitOnOutOfMemoryError"), shared.toString());
        for (HeraldService service : HeraldService.values()) {
            List<String> options = jvmOptions(service);
            assertEquals(shared, options.subList(0, shared.size()), service.module());
            // then its class-data archive's: training one or mapping it
            String besideJar = Pattern.quote(config.serviceJar(service).getParent() + "/");
            assertTrue(String.join(" ", options.subList(shared.size(), options.size())).matches("-XX:(ArchiveClassesAtExit="
                    + besideJar + "trained-cds-\\d+\\.jsa\\.part -Xlog:cds=error|SharedArchiveFile=" + besideJar
                    + "trained-cds\\.jsa)"), options.toString());
        }
    }

    @Test
    void aServicesFirstRunWritesItsClassDataArchiveAsItExitsAndItsNextStartMapsIt() throws Exception {
        Path archive = config.serviceJar(HeraldService.CONSOLE).resolveSibling(ServiceCommand.TRAINED_ARCHIVE);
        assertTrue(jvmOptions(HeraldService.CONSOLE).stream().anyMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit=")));
        assertFalse(Files.exists(archive));

        ServiceProcess console = stack.restart(HeraldService.CONSOLE);
        Awaitility.await(String.valueOf(console.logFile())).atMost(PATIENCE).ignoreExceptions()
                .until(() -> "UP".equals(get(console.readinessUrl())));

        // a real archive of the classes the stand-in's JVM loaded, written by that JVM as it stopped on SIGTERM
        assertTrue(Files.size(archive) > 100_000, archive + ": " + Files.size(archive) + " bytes");
        assertTrue(jvmOptions(HeraldService.CONSOLE).contains("-XX:SharedArchiveFile=" + archive),
                jvmOptions(HeraldService.CONSOLE).toString());
        try (var left = Files.list(archive.getParent())) {
            assertEquals(List.of(), left.filter(file -> file.toString().endsWith(".part")).toList());
        }
    }

    @Test
    void aServiceRestartedByHandStartsAgainAloneWhileTheOthersKeepRunning() {
        Map<HeraldService, Long> pids = List.of(HeraldService.values()).stream()
                .collect(Collectors.toMap(service -> service, service -> stack.process(service).handle().pid()));

        ServiceProcess render = stack.restart(HeraldService.RENDER);

        assertNotEquals(pids.get(HeraldService.RENDER), render.handle().pid());
        assertEquals(render.handle().pid(), stack.process(HeraldService.RENDER).handle().pid());
        Awaitility.await(String.valueOf(render.logFile())).atMost(PATIENCE).ignoreExceptions()
                .until(() -> "UP".equals(get(render.readinessUrl())));
        for (HeraldService other : List.of(HeraldService.INGEST, HeraldService.CATALOG, HeraldService.CONSOLE)) {
            assertEquals(pids.get(other), stack.process(other).handle().pid(), other.module());
        }
    }

    /** Last: once supervised, the stack's services are no longer restarted by hand. */
    @Test
    @Order(Integer.MAX_VALUE)
    void aServiceKilledWithSigkillIsStartedAgainWhileTheOthersKeepRunning() throws Exception {
        List<String> console = new CopyOnWriteArrayList<>();
        stack.superviseServices(console::add);
        assertThrows(IllegalStateException.class, () -> stack.restart(HeraldService.INGEST));
        Map<HeraldService, Long> pids = List.of(HeraldService.values()).stream()
                .collect(Collectors.toMap(service -> service, service -> stack.process(service).handle().pid()));

        stack.process(HeraldService.CATALOG).handle().destroyForcibly();

        await(() -> console.stream().anyMatch(line -> line.contains("catalog-service is ready again")), console);
        ServiceProcess catalog = stack.process(HeraldService.CATALOG);
        assertNotEquals(pids.get(HeraldService.CATALOG), catalog.handle().pid());
        assertTrue(catalog.isAlive());
        assertEquals("UP", get(catalog.readinessUrl()));
        assertTrue(console.get(0).startsWith("herald: catalog-service exited with code 137 (killed by signal 9) at "), console.get(0));
        assertTrue(console.get(0).contains("starting it again in 1 s"), console.get(0));
        assertTrue(console.get(0).endsWith("its log: " + stack.logFile(HeraldService.CATALOG)), console.get(0));
        for (HeraldService other : List.of(HeraldService.INGEST, HeraldService.RENDER)) {
            assertEquals(pids.get(other), stack.process(other).handle().pid(), other.module());
            assertTrue(stack.process(other).isAlive(), other.module());
        }
    }

    /** The body of a 200, else the status. */
    private static String get(URI uri) {
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : String.valueOf(response.statusCode());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + uri + " failed", e);
        }
    }

    /** The options {@code service}'s JVM was started with. */
    private static List<String> jvmOptions(HeraldService service) {
        return List.of(get(stack.baseUrl(service).resolve(StandInService.JVM_PATH)).split("\n"));
    }

    private static void await(BooleanSupplier condition, Object shownOnFailure) {
        Awaitility.await(String.valueOf(shownOnFailure)).atMost(PATIENCE).until(condition::getAsBoolean);
    }
}
