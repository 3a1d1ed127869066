package dev.farmguard.agent.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/** Builds fake /sys, /proc and /etc trees under a test's temp dir. */
public final class FakeTree {

    private final Path root;

    public FakeTree(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Writes a text file at an absolute OS path under the root, creating directories. */
    public FakeTree file(String path, String content) {
        return bytes(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public FakeTree bytes(String path, byte[] content) {
        try {
            Path file = resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FakeTree dir(String path) {
        try {
            Files.createDirectories(resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A symbolic link (the target need not exist, e.g. "socket:[123]"). */
    public FakeTree link(String path, String target) {
        try {
            Path link = resolve(path);
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, Path.of(target));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path resolve(String path) {
        return root.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** Bytes of a hex fixture on the test classpath (whitespace ignored). */
    public static byte[] hexResource(String resource) {
        return HexFormat.of().parseHex(text(resource).replaceAll("\\s+", ""));
    }

    /**
     * Copies a fixture directory of the test classpath (e.g. "/power/linux/laptop") into the tree, so a recorded
     * sysfs/procfs layout lands at the same paths under the root.
     */
    public FakeTree copyFixture(String resourceDir) {
        Path source = ResourceTrees.directory(resourceDir);
        try (var files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                bytes("/" + source.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A binary fixture on the test classpath. */
    public static byte[] bytesResource(String resource) {
        try (InputStream in = FakeTree.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text fixture on the test classpath. */
    public static String text(String resource) {
        try (InputStream in = FakeTree.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
