package io.herald.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import io.herald.devstack.HeraldService;
import io.herald.devstack.PostgresServer;

/**
 * The services' PostgreSQL, which a scenario may kill (SIGKILL to the postmaster and its backends, as a crash
 * would) and start again on the same data directory and port.
 */
final class Database implements AutoCloseable {

    private final Path workingDirectory;
    private final Path dataDirectory;
    private PostgresServer server;
    private final int port;

    private Database(Path workingDirectory, Path dataDirectory, PostgresServer server) {
        this.workingDirectory = workingDirectory;
        this.dataDirectory = dataDirectory;
        this.server = server;
        this.port = server.port();
    }

    /** Starts PostgreSQL on a free port and creates every service's database. */
    static Database start(Path home) {
        Path data = home.resolve("postgres");
        Database database = new Database(home, data, PostgresServer.start(home, data, 0));
        for (HeraldService service : HeraldService.values()) {
            service.database().ifPresent(database.server::createDatabase);
        }
        return database;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), PostgresServer.USER, "");
    }

    /** SIGKILL to the postmaster (the first line of postmaster.pid) and every process it started. */
    void kill() {
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the postmaster's pid in " + dataDirectory, e);
        }
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(
                () -> new IllegalStateException("no postmaster with pid " + pid));
        List<ProcessHandle> processes = Stream.concat(Stream.of(postmaster), postmaster.descendants()).toList();
        processes.forEach(ProcessHandle::destroyForcibly);
        processes.forEach(process -> process.onExit().join());
        releaseDataDirectory();
    }

    /** Lets go of the killed server: zonky's lock on the data directory, which a restart takes again. */
    private void releaseDataDirectory() {
        try {
            server.close();
        } catch (IOException e) {
            // the server is gone already; only its lock mattered
        }
    }

    /** Starts PostgreSQL again on the same data directory and port, after {@link #kill()}. */
    void restart() {
        server = PostgresServer.start(workingDirectory, dataDirectory, port);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
