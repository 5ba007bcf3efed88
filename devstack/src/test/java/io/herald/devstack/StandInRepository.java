package io.herald.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A checkout whose "built services" are {@link StandInService} jars, with this repository's JVM settings
 * ({@link ServiceCommand#OPTIONS_FILE}, found through the system property {@value #REPOSITORY_PROPERTY}), for running a
 * real {@link HeraldStack}.
 */
final class StandInRepository {

    static final String REPOSITORY_PROPERTY = "herald.repository";

    private StandInRepository() {
    }

    static Path create(Path directory) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, StandInService.class.getName());
        String entry = StandInService.class.getName().replace('.', '/') + ".class";
        StackConfig layout = StackConfig.onFreePorts(directory, directory);
        for (HeraldService service : HeraldService.values()) {
            Path jar = layout.serviceJar(service);
            Files.createDirectories(jar.getParent());
            try (OutputStream file = Files.newOutputStream(jar);
                    JarOutputStream out = new JarOutputStream(file, manifest);
                    InputStream standIn = StandInService.class.getClassLoader().getResourceAsStream(entry)) {
                out.putNextEntry(new JarEntry(entry));
                standIn.transferTo(out);
                out.closeEntry();
            }
        }
        Path options = directory.resolve(ServiceCommand.OPTIONS_FILE);
        Files.createDirectories(options.getParent());
        Files.copy(sharedOptions(), options);
        return directory;
    }

    /** This repository's JVM settings, which the stand-ins run with as the services do. */
    static Path sharedOptions() {
        return Path.of(System.getProperty(REPOSITORY_PROPERTY)).resolve(ServiceCommand.OPTIONS_FILE);
    }
}
