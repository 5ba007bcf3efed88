package io.herald.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The addresses this machine's TCP sockets listen on for a port, as the kernel reports them in /proc/net. */
final class ListeningSockets {

    private static final String LISTEN = "0A";
    /** ::ffff:0:0/96 as /proc/net/tcp6 writes it: where a Java socket bound to an IPv4 address appears. */
    private static final String IPV4_MAPPED = "0000000000000000FFFF0000";

    private ListeningSockets() {
    }

    /** e.g. ["127.0.0.1"]; IPv4-mapped IPv6 addresses as IPv4, other IPv6 addresses as the kernel's 32 hex digits. */
    static List<String> on(int port) throws IOException {
        List<String> addresses = new ArrayList<>();
        String portHex = String.format(Locale.ROOT, "%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.strip().split("\\s+");
                String[] local = fields[1].split(":");
                if (local[1].equals(portHex) && fields[3].equals(LISTEN)) {
                    addresses.add(address(local[0]));
                }
            }
        }
        return addresses;
    }

    private static String address(String hex) {
        if (hex.length() == 8) {
            return ipv4(hex);
        }
        return hex.startsWith(IPV4_MAPPED) ? ipv4(hex.substring(IPV4_MAPPED.length())) : hex;
    }

    /** /proc/net/tcp writes an IPv4 address as one little-endian hex number: 0100007F is 127.0.0.1. */
    private static String ipv4(String hex) {
        long value = Long.parseLong(hex, 16);
        return (value & 0xFF) + "." + (value >> 8 & 0xFF) + "." + (value >> 16 & 0xFF) + "." + (value >> 24 & 0xFF);
    }
}
