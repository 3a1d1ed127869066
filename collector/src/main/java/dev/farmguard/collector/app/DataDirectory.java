package dev.farmguard.collector.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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

    public void create() throws IOException {
        Files.createDirectories(root);
    }

    /** Writes {@code {"agent": "HOST:PORT", "api": "HOST:PORT"}} atomically, so readers never see half a file. */
    public void writeListen(String agent, String api) throws IOException {
        String json = "{\"agent\": \"" + agent + "\", \"api\": \"" + api + "\"}\n";
        Path tmp = root.resolve("listen.json.tmp");
        Files.writeString(tmp, json, StandardCharsets.UTF_8);
        Files.move(tmp, listenFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
