package io.herald.devstack;

import java.util.regex.Pattern;

/** An IP address a server listens on, and how clients on this machine and in URLs name it. */
final class ListenAddress {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private ListenAddress() {
    }

    /** Whether {@code text} is an IPv4 or IPv6 address (not a host name, which would need a lookup). */
    static boolean isIpAddress(String text) {
        return IPV4.matcher(text).matches() || IPV6.matcher(text).matches();
    }

    /** {@code address} as the host part of a URL: IPv6 in brackets. */
    static String urlHost(String address) {
        return address.contains(":") ? "[" + address + "]" : address;
    }

    /** The host a client on this machine connects to: {@code localhost} for a wildcard, else the address itself. */
    static String clientHost(String address) {
        if (address.equals("0.0.0.0") || address.equals("::")) {
            return "localhost";
        }
        return urlHost(address);
    }
}
