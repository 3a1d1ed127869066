package dev.farmguard.collector.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.farmguard.collector.app.OwnerOnlyFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where the team CLI finds its collector: {@code server} (https URL), {@code ca} (the collector's CA certificate) and
 * {@code token-file} (a file holding the API token, so the token itself never sits in the config or on a command
 * line). Kept in {@code ~/.config/farmguard/cli.yaml} (or under {@code $XDG_CONFIG_HOME}), readable by its owner only.
 */
public record ClientConfig(URI server, Path ca, Path tokenFile) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public ClientConfig {
        if (server == null || !"https".equals(server.getScheme()) || server.getHost() == null) {
            throw new IllegalArgumentException("server must be an https URL like https://collector.example:8443, got '"
                    + server + "'");
        }
        ca = ca.toAbsolutePath();
        tokenFile = tokenFile.toAbsolutePath();
    }

    /** {@code $XDG_CONFIG_HOME/farmguard/cli.yaml}, else {@code ~/.config/farmguard/cli.yaml}. */
    public static Path defaultPath() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("farmguard").resolve("cli.yaml");
    }

    public static ClientConfig read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("no CLI configuration at " + file + "; run: farmguard-collector login --server URL "
                    + "--ca FILE --token-file FILE");
        }
        JsonNode n = YAML.readTree(file.toFile());
        for (String key : new String[] {"server", "ca", "token-file"}) {
            if (n == null || !n.path(key).isTextual()) {
                throw new IOException(file + ": '" + key + "' is missing; run farmguard-collector login again");
            }
        }
        try {
            return new ClientConfig(URI.create(n.get("server").asText()), Path.of(n.get("ca").asText()),
                    Path.of(n.get("token-file").asText()));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Replaces {@code file} atomically with this configuration, mode 0600. */
    public void write(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        ObjectNode n = YAML.createObjectNode();
        n.put("server", server.toString());
        n.put("ca", ca.toString());
        n.put("token-file", tokenFile.toString());
        Path temp = dir.resolve(file.getFileName() + ".new");
        Files.deleteIfExists(temp);
        OwnerOnlyFiles.write(temp, YAML.writeValueAsString(n));
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
