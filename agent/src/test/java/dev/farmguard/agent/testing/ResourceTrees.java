package dev.farmguard.agent.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Fixture directories of the test classpath (recorded file trees): found as a {@link Path} whether the classpath holds
 * them as files (the agent's own tests) or inside the agent's test jar (the collector's contract test after
 * {@code package}), and copied into a test's temp dir.
 */
public final class ResourceTrees {

    private ResourceTrees() {
    }

    /** The directory {@code resourceDir} of the test classpath, in a jar or not. */
    public static Path directory(String resourceDir) {
        URL url = ResourceTrees.class.getResource(resourceDir);
        if (url == null) {
            throw new IllegalArgumentException("no test resource directory " + resourceDir);
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                jarFileSystem(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(resourceDir, e);
        }
    }

    /** Opens the jar as a file system once per test JVM (it stays open: fixtures are read many times). */
    private static synchronized void jarFileSystem(URI uri) {
        try {
            FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException notYet) {
            try {
                FileSystems.newFileSystem(uri, Map.of());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open " + uri, e);
            }
        }
    }

    /** Copies everything below {@code resourceDir} (e.g. "/remote/macos/farm-laptop/tree") into {@code target}. */
    public static Path copy(String resourceDir, Path target) {
        Path source = directory(resourceDir);
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
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
