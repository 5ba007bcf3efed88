package io.herald.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The launcher's command line: a command, then {@code --option=value} or {@code --option value} flags,
 * each of which may also come from an environment variable. A flag wins over its variable, which wins
 * over the default.
 */
record LaunchOptions(String command, StackConfig config) {

    static final String UP = "up";
    static final String HELP = "help";

    private static final String HOME = "--home";
    private static final String HOME_VARIABLE = "HERALD_HOME";
    private static final String READY_TIMEOUT = "--ready-timeout";
    private static final String READY_TIMEOUT_VARIABLE = "HERALD_READY_TIMEOUT";
    private static final String BIND = "--bind";
    private static final String BIND_VARIABLE = "HERALD_BIND";
    private static final String TRACING = "--tracing";
    /** A secret: from the environment only, never on a command line that {@code ps} shows. */
    private static final String OPERATOR_KEY_VARIABLE = "HERALD_OPERATOR_KEY";

    /**
     * @param workingDirectory where the default home ({@code .herald}) goes
     * @param repository       the checkout whose service jars run
     * @throws IllegalArgumentException with a one-line message when the arguments make no sense
     */
    static LaunchOptions parse(List<String> args, Map<String, String> environment, Path workingDirectory, Path repository) {
        if (args.isEmpty() || args.get(0).equals(HELP) || args.contains("--help") || args.contains("-h")) {
            return new LaunchOptions(HELP, null);
        }
        if (!args.get(0).equals(UP)) {
            throw new IllegalArgumentException("unknown command '" + args.get(0) + "'");
        }
        Map<String, String> flags = flags(args.subList(1, args.size()));
        Optional<String> home = setting(flags, HOME, environment, HOME_VARIABLE);
        StackConfig config = StackConfig.withDefaultPorts(
                home.map(Path::of).map(workingDirectory::resolve).orElse(workingDirectory.resolve(".herald")), repository);
        for (StackPort port : StackPort.values()) {
            Optional<String> number = setting(flags, port.option(), environment, port.environmentVariable());
            if (number.isPresent()) {
                config = config.withPort(port, parseInt(number.get(), port.option(), port.environmentVariable(), 0, 65535));
            }
        }
        Optional<String> timeout = setting(flags, READY_TIMEOUT, environment, READY_TIMEOUT_VARIABLE);
        if (timeout.isPresent()) {
            config = config.withReadyTimeout(Duration.ofSeconds(parseInt(timeout.get(), READY_TIMEOUT, READY_TIMEOUT_VARIABLE, 1, Integer.MAX_VALUE)));
        }
        Optional<String> bind = setting(flags, BIND, environment, BIND_VARIABLE).map(String::strip);
        if (bind.isPresent()) {
            if (!ListenAddress.isIpAddress(bind.get())) {
                throw new IllegalArgumentException(BIND + " (or " + BIND_VARIABLE + ") must be an IP address such as 127.0.0.1 "
                        + "or 0.0.0.0, not '" + bind.get() + "'");
            }
            config = config.withBindAddress(bind.get());
        }
        Optional<String> tracing = setting(flags, TRACING, environment, StackTracing.VARIABLE);
        if (tracing.isPresent()) {
            config = config.withTracing(StackTracing.of(tracing.get()));
        }
        Optional<String> operatorKey = Optional.ofNullable(environment.get(OPERATOR_KEY_VARIABLE)).map(String::strip)
                .filter(key -> !key.isEmpty());
        if (operatorKey.isPresent()) {
            config = config.withOperatorKey(operatorKey.get());
        }
        if (!flags.isEmpty()) {
            throw new IllegalArgumentException("unknown option " + flags.keySet().iterator().next());
        }
        return new LaunchOptions(UP, config);
    }

    static String usage() {
        String ports = Arrays.stream(StackPort.values())
                .map(port -> String.format("  %-26s %-29s %s%n", port.option() + "=N", port.environmentVariable(),
                        port.label() + (port.defaultPort() == 0 ? ", default: any free port" : ", default " + port.defaultPort())))
                .collect(Collectors.joining());
        return "Usage: herald up [options]    start Kafka, PostgreSQL, the services, the console and the WeChat sandbox; Ctrl-C stops them all\n"
                + "       herald help            show this\n"
                + "\n"
                + "Options (each also from an environment variable; a port of 0 picks a free one):\n"
                + String.format("  %-26s %-29s %s%n", HOME + "=DIR", HOME_VARIABLE, "data and logs, default ./.herald")
                + ports
                + String.format("  %-26s %-29s %s%n", READY_TIMEOUT + "=SECONDS", READY_TIMEOUT_VARIABLE,
                        "how long services may take to get ready, default " + StackConfig.DEFAULT_READY_TIMEOUT.toSeconds())
                + String.format("  %-26s %-29s %s%n", BIND + "=ADDRESS", BIND_VARIABLE,
                        "where Kafka, PostgreSQL and the services listen, default " + StackConfig.DEFAULT_BIND_ADDRESS
                                + " (this machine only); 0.0.0.0: every interface")
                + String.format("  %-26s %-29s %s%n", TRACING + "=WHERE", StackTracing.VARIABLE,
                        "where the services' spans go: " + StackTracing.names() + " (default none; otlp sends to "
                                + "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, default http://localhost:4317)")
                + String.format("  %-26s %-29s %s%n", "", OPERATOR_KEY_VARIABLE,
                        "the Bearer key of the operator endpoints (and the WeChat sandbox's switches), default " + StackConfig.DEFAULT_OPERATOR_KEY);
    }

    /** Flags by name; what is read is removed, so that whatever remains is unknown. */
    private static Map<String, String> flags(List<String> args) {
        Map<String, String> flags = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            int equals = arg.indexOf('=');
            if (equals > 0) {
                flags.put(arg.substring(0, equals), arg.substring(equals + 1));
            } else if (!rest.isEmpty()) {
                flags.put(arg, rest.remove(0));
            } else {
                throw new IllegalArgumentException(arg + " needs a value");
            }
        }
        return flags;
    }

    private static Optional<String> setting(Map<String, String> flags, String option, Map<String, String> environment, String variable) {
        String flag = flags.remove(option);
        if (flag != null) {
            return Optional.of(flag);
        }
        return Optional.ofNullable(environment.get(variable)).filter(value -> !value.isBlank());
    }

    private static int parseInt(String value, String option, String variable, int min, int max) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " (or " + variable + ") must be a number from " + min + " to " + max + ", not '" + value + "'");
    }
}
