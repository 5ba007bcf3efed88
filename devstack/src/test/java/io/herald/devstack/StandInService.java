package io.herald.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a Herald service in devstack's own tests (the real ones are built after devstack): listens
 * where a service would ({@code QUARKUS_HTTP_HOST}, {@code QUARKUS_HTTP_PORT}), is always ready, and answers
 * {@code GET /env/NAME} with the value of its environment variable NAME (404 when unset) and {@code GET /jvm} with the
 * options its JVM was started with, one a line.
 */
public final class StandInService {

    private static final String ENV_PATH = "/env/";
    static final String JVM_PATH = "/jvm";

    private StandInService() {
    }

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(System.getenv("QUARKUS_HTTP_HOST"),
                Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"))), 0);
        server.createContext(ServiceProcess.READINESS_PATH, exchange -> answer(exchange, 200, "UP"));
        server.createContext(ENV_PATH, exchange -> {
            String value = System.getenv(exchange.getRequestURI().getPath().substring(ENV_PATH.length()));
            answer(exchange, value == null ? 404 : 200, value == null ? "" : value);
        });
        server.createContext(JVM_PATH, exchange -> answer(exchange, 200,
                String.join("\n", ManagementFactory.getRuntimeMXBean().getInputArguments())));
        server.start();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
