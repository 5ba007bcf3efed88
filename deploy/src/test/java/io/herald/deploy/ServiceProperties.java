package io.herald.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Herald service says it consumes and which topics it uses, read from its module's
 * {@code src/main/resources/application.properties} (profile-specific entries such as {@code %test.} left out).
 */
final class ServiceProperties {

    /** A consumer group reading one topic. */
    record Consumer(String group, String topic) {

        @Override
        public String toString() {
            return "group " + group + " on " + topic;
        }
    }

    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
    /** Channel topics, dead-letter topics, and topics of the services' own settings (e.g. the catalog's tools). */
    private static final Pattern ANY_TOPIC = Pattern.compile("[^%].*[.-]topic");

    private final Properties properties;

    private ServiceProperties(Properties properties) {
        this.properties = properties;
    }

    /** The service built by the module named {@code module}, if the repository has it. */
    static Optional<ServiceProperties> of(Path repository, String module) {
        Path file = repository.resolve(module).resolve("src/main/resources/application.properties");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return Optional.of(new ServiceProperties(properties));
    }

    /** Each incoming channel's consumer group and topic. */
    Set<Consumer> consumers() {
        Set<Consumer> consumers = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        for (String key : properties.stringPropertyNames()) {
            Matcher incoming = INCOMING_TOPIC.matcher(key);
            if (incoming.matches()) {
                String group = properties.getProperty("mp.messaging.incoming." + incoming.group(1) + ".group.id");
                consumers.add(new Consumer(group, properties.getProperty(key)));
            }
        }
        return consumers;
    }

    /** Every topic the service reads or writes. */
    Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (ANY_TOPIC.matcher(key).matches()) {
                topics.add(properties.getProperty(key));
            }
        }
        return topics;
    }
}
