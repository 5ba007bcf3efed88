package io.herald.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the stack's ports before anything starts, by binding each one on all interfaces, and picks a
 * free port wherever 0 was asked for.
 */
public final class PortCheck {

    private PortCheck() {
    }

    /**
     * Returns the ports to use: every requested port, and a distinct free port for each 0.
     *
     * @throws PortConflictException naming the first port that is already in use or requested twice
     */
    public static Map<StackPort, Integer> resolve(Map<StackPort, Integer> requested) {
        Map<StackPort, Integer> resolved = new EnumMap<>(StackPort.class);
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (Map.Entry<StackPort, Integer> entry : new EnumMap<>(requested).entrySet()) {
                StackPort port = entry.getKey();
                int number = entry.getValue();
                if (number != 0) {
                    rejectDuplicate(resolved, port, number);
                }
                ServerSocket socket = bind(number)
                        .orElseThrow(() -> conflict(port, "port " + number + " (" + port.label() + ") is already in use"));
                held.add(socket);
                resolved.put(port, socket.getLocalPort());
            }
            return resolved;
        } finally {
            held.forEach(PortCheck::closeQuietly);
        }
    }

    /** A port that was free a moment ago. */
    public static int freePort() {
        try (ServerSocket socket = bind(0).orElseThrow(() -> new IllegalStateException("no free port"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rejectDuplicate(Map<StackPort, Integer> resolved, StackPort port, int number) {
        resolved.forEach((other, otherNumber) -> {
            if (otherNumber == number) {
                throw conflict(port, "port " + number + " is given to both " + other.label() + " and " + port.label());
            }
        });
    }

    private static PortConflictException conflict(StackPort port, String problem) {
        return new PortConflictException(problem + "; choose another with " + port.option() + "=N or "
                + port.environmentVariable() + "=N");
    }

    private static Optional<ServerSocket> bind(int port) {
        ServerSocket socket = null;
        try {
            socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return Optional.of(socket);
        } catch (IOException e) {
            closeQuietly(socket);
            return Optional.empty();
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // the port is released either way
            }
        }
    }
}
