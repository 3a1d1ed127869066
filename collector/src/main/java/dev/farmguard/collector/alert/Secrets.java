package dev.farmguard.collector.alert;

import dev.farmguard.collector.config.AlertOutputConfig.SecretSource;
import dev.farmguard.collector.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** Reads a secret at startup from where the configuration says; errors name the source, never the value. */
final class Secrets {

    private Secrets() {}

    static byte[] read(SecretSource source, String key) {
        String value;
        if (source.file().isPresent()) {
            try {
                value = Files.readString(source.file().get(), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new ConfigException(key, "cannot read the secret from " + source,
                        "make the file readable by the collector's user");
            }
        } else {
            value = source.env().map(System::getenv).orElse(null);
            if (value == null) {
                throw new ConfigException(key, source + " is not set", "export it before starting the collector");
            }
            value = value.strip();
        }
        if (value.length() < 16) {
            throw new ConfigException(key, "the secret in " + source + " is shorter than 16 characters",
                    "use a long random key, e.g. the output of 'openssl rand -hex 32'");
        }
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
