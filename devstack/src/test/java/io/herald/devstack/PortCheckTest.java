package io.herald.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void namesTheFlagAndVariableOfATakenPort() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();

            PortConflictException conflict = assertThrows(PortConflictException.class,
                    () -> PortCheck.resolve(Map.of(StackPort.INGEST, PortCheck.freePort(), StackPort.KAFKA, port)));

            assertEquals("port " + port + " (Kafka) is already in use; choose another with --kafka-port=N or HERALD_KAFKA_PORT=N",
                    conflict.getMessage());
        }
    }

    @Test
    void rejectsOnePortGivenTwice() {
        int port = PortCheck.freePort();

        PortConflictException conflict = assertThrows(PortConflictException.class,
                () -> PortCheck.resolve(Map.of(StackPort.INGEST, port, StackPort.CATALOG, port)));

        assertEquals("port " + port + " is given to both ingest-service and catalog-service; choose another with "
                + "--catalog-port=N or HERALD_CATALOG_PORT=N", conflict.getMessage());
    }

    @Test
    void picksDistinctFreePortsForZero() {
        Map<StackPort, Integer> any = new EnumMap<>(StackPort.class);
        any.put(StackPort.KAFKA, 0);
        any.put(StackPort.KAFKA_CONTROLLER, 0);

        Map<StackPort, Integer> resolved = PortCheck.resolve(any);

        assertNotEquals(0, resolved.get(StackPort.KAFKA));
        assertNotEquals(resolved.get(StackPort.KAFKA), resolved.get(StackPort.KAFKA_CONTROLLER));
    }
}
