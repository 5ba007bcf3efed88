package io.herald.console.screenshots;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Headless Chromium driven through chromedriver's WebDriver protocol (plain JSON over HTTP): a real browser that logs
 * in at the console's form, keeps its session cookie and saves screenshots at chosen window sizes.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

    private final Process driver;
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI session;

    private HeadlessChromium(Process driver, URI session) {
        this.driver = driver;
        this.session = session;
    }

    /** Starts chromedriver and a headless Chromium with a fresh profile under {@code scratch}. */
    static HeadlessChromium start(Path scratch) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process driver = new ProcessBuilder(command("chromedriver"), "--port=" + port)
                .redirectErrorStream(true).redirectOutput(scratch.resolve("chromedriver.log").toFile()).start();
        URI base = URI.create("http://127.0.0.1:" + port);
        HttpClient http = HttpClient.newHttpClient();
        long giveUpAt = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                http.send(HttpRequest.newBuilder(base.resolve("/status")).build(), HttpResponse.BodyHandlers.ofString());
                break;
            } catch (IOException e) {
                if (System.nanoTime() > giveUpAt) {
                    driver.destroyForcibly();
                    throw new IOException("chromedriver did not start; see " + scratch.resolve("chromedriver.log"), e);
                }
                Thread.sleep(200);
            }
        }
        Map<String, Object> options = Map.of("binary", command("chromium"), "args", List.of("--headless=new",
                "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--force-device-scale-factor=1",
                "--user-data-dir=" + Files.createTempDirectory(scratch, "profile-")));
        JsonNode created = call(http, "POST", base.resolve("/session"), Map.of("capabilities",
                Map.of("alwaysMatch", Map.of("browserName", "chrome", "goog:chromeOptions", options))));
        return new HeadlessChromium(driver, base.resolve("/session/" + created.path("sessionId").asText() + "/"));
    }

    void open(String url) throws IOException, InterruptedException {
        call(http, "POST", session.resolve("url"), Map.of("url", url));
    }

    void type(String css, String text) throws IOException, InterruptedException {
        call(http, "POST", session.resolve("element/" + find(css) + "/value"), Map.of("text", text));
    }

    void click(String css) throws IOException, InterruptedException {
        call(http, "POST", session.resolve("element/" + find(css) + "/click"), Map.of());
    }

    String title() throws IOException, InterruptedException {
        return call(http, "GET", session.resolve("title"), null).asText();
    }

    /** Resizes the window, opens {@code url} and saves what it shows as a PNG. */
    void screenshot(String url, int width, int height, Path file) throws IOException, InterruptedException {
        call(http, "POST", session.resolve("window/rect"), Map.of("width", width, "height", height));
        open(url);
        String png = call(http, "GET", session.resolve("screenshot"), null).asText();
        Files.write(file, Base64.getDecoder().decode(png));
    }

    private String find(String css) throws IOException, InterruptedException {
        return call(http, "POST", session.resolve("element"), Map.of("using", "css selector", "value", css))
                .path(ELEMENT).asText();
    }

    private static JsonNode call(HttpClient http, String method, URI uri, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode answer = JSON.readTree(response.body());
        if (response.statusCode() != 200) {
            throw new IOException("chromedriver answered " + response.statusCode() + " to " + method + " " + uri + ": "
                    + answer.path("value").path("message").asText());
        }
        return answer.path("value");
    }

    private static String command(String name) {
        Optional<String> found = Stream.of(name, name + "-browser")
                .flatMap(command -> Stream.of(System.getenv("PATH").split(":")).map(dir -> Path.of(dir, command)))
                .filter(Files::isExecutable).map(Path::toString).findFirst();
        return found.orElseThrow(() -> new AssertionError("no " + name + " on PATH: run console-service/screenshots.sh"));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            http.send(HttpRequest.newBuilder(session).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        } finally {
            driver.destroy();
            driver.waitFor();
        }
    }
}
