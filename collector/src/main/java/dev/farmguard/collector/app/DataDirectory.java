package dev.farmguard.collector.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** The files the collector keeps in its data directory (DESIGN.md contract 1). */
public record DataDirectory(Path root) {

    public Path caCertificate() {
        return root.resolve("ca.pem");
    }

    public Path caKey() {
        return root.resolve("ca-key.pem");
    }

    public Path adminToken() {
        return root.resolve("admin.token");
    }

    public Path listenFile() {
        return root.resolve("listen.json");
    }

    /**
     * Creates the directory owner-only (0700): it holds the store, the CA key and tokens. An existing
     * directory is tightened the same way, since nothing in it is for other local users.
     */
    public void create() throws IOException {
        Files.createDirectories(root);
        if (Files.getFileStore(root).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Writes {@code {"agent": "HOST:PORT", "api": "HOST:PORT"}} atomically, so readers never see half a file. */
    public void writeListen(String agent, String api) throws IOException {
        String json = "{\"agent\": \"" + agent + "\", \"api\": \"" + api + "\"}\n";
        Path tmp = root.resolve("listen.json.tmp");
        Files.writeString(tmp, json, StandardCharsets.UTF_8);
        Files.move(tmp, listenFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
