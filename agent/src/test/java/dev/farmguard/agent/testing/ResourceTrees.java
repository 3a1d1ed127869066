package dev.farmguard.agent.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies a fixture directory of the test classpath (a recorded file tree) into a test's temp dir. */
public final class ResourceTrees {

    private ResourceTrees() {
    }

    /** Copies everything below {@code resourceDir} (e.g. "/remote/macos/farm-laptop/tree") into {@code target}. */
    public static Path copy(String resourceDir, Path target) {
        URL url = ResourceTrees.class.getResource(resourceDir);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + resourceDir);
        }
        try {
            Path source = Path.of(url.toURI());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path to = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.createDirectories(to.getParent());
                        Files.copy(file, to);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
