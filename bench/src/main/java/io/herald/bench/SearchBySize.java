package io.herald.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;

import io.herald.devstack.PostgresServer;

/**
 * Search latency as the catalog grows: at each size the same queries ({@link SearchLatency#mix}), sent by one client
 * and then by several at once, after some other queries to warm up; then a table of every size.
 */
final class SearchBySize {

    /**
     * One size's figures.
     *
     * @param load the machine's load average (one minute) when the size's queries were done
     */
    record Row(int articles, SearchLatency.Result one, SearchLatency.Result many, double load) {
    }

    private final HttpClient client;
    private final URI catalogUrl;
    private final String catalogJdbcUrl;
    private final GeneratedArticles words;
    private final List<SearchLatency.Query> measured;
    private final int warmUp;
    private final int clients;

    /**
     * @param queries the queries measured at every size
     * @param warmUp  other queries sent first at each size, not measured
     * @param clients the clients that share the queries in the second measurement
     */
    SearchBySize(HttpClient client, URI catalogUrl, String catalogJdbcUrl, GeneratedArticles words, int queries,
            int warmUp, int clients) {
        this.client = client;
        this.catalogUrl = catalogUrl;
        this.catalogJdbcUrl = catalogJdbcUrl;
        this.words = words;
        this.measured = SearchLatency.mix(words, queries);
        this.warmUp = warmUp;
        this.clients = clients;
    }

    /** Fills {@code catalog} to {@code size} articles and measures its search latency. */
    Row measure(GrowingCatalog catalog, int size) throws SQLException, InterruptedException, ExecutionException {
        if (catalog.size() < size) {
            System.out.printf("catalog filled to %,d articles (%.0f articles/s applied)%n", size, catalog.fillTo(size));
        }
        // what autovacuum does after so many inserts, now, so that every size is searched with current statistics
        analyze();
        if (warmUp > 0) {
            SearchLatency.Result cold = SearchLatency.run(client, catalogUrl, SearchLatency.mix(words, warmUp), 1);
            System.out.printf("  warm-up, %d other queries, 1 client: p50 %.1f ms, p99 %.1f ms%n",
                    cold.sortedNanos().length, cold.p50Millis(), cold.p99Millis());
        }
        SearchLatency.Result one = SearchLatency.run(client, catalogUrl, measured, 1);
        print(one);
        SearchLatency.Result many = SearchLatency.run(client, catalogUrl, measured, clients);
        print(many);
        return new Row(size, one, many, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private void analyze() throws SQLException {
        try (Connection connection = DriverManager.getConnection(catalogJdbcUrl, PostgresServer.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("analyze article");
        }
    }

    private static void print(SearchLatency.Result result) {
        System.out.printf("  %d client(s): p50 %.1f ms, p99 %.1f ms, max %.1f ms, %.0f queries/s, %d not answered 200;"
                + " slowest:%n", result.clients(), result.p50Millis(), result.p99Millis(), result.maxMillis(),
                result.perSecond(), result.failed());
        result.slowest().forEach(query -> System.out.println("    " + query));
    }

    /** The table of every size: latency with one client and with several, then each kind's with one client. */
    static void print(List<Row> rows, int queries) {
        System.out.printf("search through the catalog's HTTP API, the same %d queries at every size (%s in turn):%n",
                queries, String.join(", ", kinds()));
        System.out.println("| articles | clients | p50 ms | p99 ms | max ms | queries/s | not 200 | load |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Row row : rows) {
            for (SearchLatency.Result result : List.of(row.one(), row.many())) {
                System.out.printf("| %,d | %d | %.1f | %.1f | %.1f | %.0f | %d | %.1f |%n", row.articles(),
                        result.clients(), result.p50Millis(), result.p99Millis(), result.maxMillis(),
                        result.perSecond(), result.failed(), row.load());
            }
        }
        System.out.println();
        System.out.println("p50 / p99 ms by kind of query, 1 client:");
        System.out.println("| articles | " + String.join(" | ", kinds()) + " |");
        System.out.println("| ---: |" + " ---: |".repeat(SearchLatency.Kind.values().length));
        for (Row row : rows) {
            StringBuilder line = new StringBuilder(String.format("| %,d |", row.articles()));
            for (SearchLatency.Kind kind : SearchLatency.Kind.values()) {
                long[] nanos = row.one().byKind().get(kind);
                line.append(String.format(" %.1f / %.1f |", Statistics.percentileMillis(nanos, 0.50),
                        Statistics.percentileMillis(nanos, 0.99)));
            }
            System.out.println(line);
        }
    }

    private static List<String> kinds() {
        return Arrays.stream(SearchLatency.Kind.values()).map(kind -> kind.label).toList();
    }
}
