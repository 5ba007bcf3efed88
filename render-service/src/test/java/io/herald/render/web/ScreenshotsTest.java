package io.herald.render.web;

import static io.herald.render.web.WebPages.awaitStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.herald.devstack.testing.RealBrokerAndDatabase;
import io.herald.events.ArticleSubmitted;
import io.herald.events.testing.ReferencePage;
import io.herald.render.RenderServiceTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * "Seeing it": the reference page's items go through the broker, then headless Chromium saves screenshots of the
 * symposium article and the front page, at a desktop and a phone width, under
 * {@code target/screenshots/}. Tagged {@code screenshots}: the default build leaves it out; {@code screenshots.sh}
 * installs Chromium and runs it.
 */
@Tag("screenshots")
@QuarkusTest
@RealBrokerAndDatabase
class ScreenshotsTest extends RenderServiceTest {

    private static final String TAG = "screenshots";
    private static final Path DIRECTORY = Path.of("target", "screenshots");
    /** A PNG of a rendered page is tens of kilobytes; a blank one is a few. */
    private static final long NON_TRIVIAL_BYTES = 20_000;

    @TestHTTPResource("/")
    URL base;

    @Test
    void referenceArticleAndFrontPageAtDesktopAndPhoneWidths() throws Exception {
        for (String item : List.of(ReferencePage.SYMPOSIUM, ReferencePage.PHOTO, ReferencePage.FORUM)) {
            kafka.submit(asPrinted(item));
        }
        String article = "web/articles/" + ReferencePage.articleId(ReferencePage.SYMPOSIUM, TAG);
        String front = "web/issues/" + WebPages.segment(ReferencePage.PAPER) + "/2026-04-06";
        awaitStatus(200, "/" + article);
        for (String item : List.of(ReferencePage.PHOTO, ReferencePage.FORUM)) {
            awaitStatus(200, "/web/articles/{id}", ReferencePage.articleId(item, TAG));
        }
        Files.createDirectories(DIRECTORY);

        List<Path> shots = List.of(
                screenshot(article, "article-desktop.png", 1280, 2000),
                screenshot(article, "article-mobile.png", 390, 2400),
                screenshot(front, "front-desktop.png", 1280, 1400),
                screenshot(front, "front-mobile.png", 390, 2600));

        for (Path shot : shots) {
            assertTrue(Files.size(shot) > NON_TRIVIAL_BYTES, shot + " has " + Files.size(shot) + " bytes");
        }
    }

    /** The item as printed: the paper's own name, not a test copy's, and stable ids so that a rerun changes nothing. */
    private static ArticleSubmitted asPrinted(String item) {
        return ReferencePage.item(item, TAG, item, json -> ((ObjectNode) json.get("publication"))
                .put("name", ReferencePage.PAPER));
    }

    private Path screenshot(String path, String name, int width, int height) throws IOException, InterruptedException {
        Path file = DIRECTORY.resolve(name).toAbsolutePath();
        Files.deleteIfExists(file);
        Process chromium = new ProcessBuilder(chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--screenshot=" + file, "--window-size=" + width + "," + height,
                new URL(base, path).toString())
                .redirectErrorStream(true)
                .redirectOutput(DIRECTORY.resolve(name + ".log").toFile())
                .start();
        assertTrue(chromium.waitFor(120, TimeUnit.SECONDS), "chromium did not finish " + name);
        assertEquals(0, chromium.exitValue(), Files.readString(DIRECTORY.resolve(name + ".log"), StandardCharsets.UTF_8));
        assertTrue(Files.exists(file), name + " was not written");
        return file;
    }

    private static String chromium() {
        Optional<String> found = Stream.of("chromium", "chromium-browser")
                .filter(command -> Stream.of(System.getenv("PATH").split(":"))
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, command))))
                .findFirst();
        return found.orElseThrow(() -> new AssertionError("no chromium on PATH: run render-service/screenshots.sh"));
    }
}
