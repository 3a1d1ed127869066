package dev.farmguard.collector.config;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;

/** Checks of the final configuration that need the file system. */
public final class ConfigValidator {

    private ConfigValidator() {}

    public static CollectorConfig check(CollectorConfig c) {
        for (int i = 0; i < c.geoipPaths().size(); i++) {
            Path p = c.geoipPaths().get(i);
            if (!Files.exists(p)) {
                throw new ConfigException("geoip[" + i + "] (--geoip)", "'" + p + "' does not exist",
                        "pass an existing .mmdb file or a directory of GeoLite2 CSV files");
            }
        }
        StoreSettings store = c.store();
        if (store.passwordFile() != null && !Files.isReadable(store.passwordFile())) {
            throw new ConfigException("store.password-file", "'" + store.passwordFile() + "' is not readable",
                    "create the file or fix its permissions");
        }
        if (c.limits().handshakeTimeout().compareTo(c.limits().idleTimeout()) > 0) {
            throw new ConfigException("limits.handshake-timeout", "longer than limits.idle-timeout",
                    "make the handshake timeout shorter than the idle timeout");
        }
        if (c.limits().deviceBytes() < c.limits().maxFrameBytes()) {
            throw new ConfigException("limits.device-bytes", "smaller than limits.max-frame-bytes",
                    "allow at least one largest frame per period (the default is 268435456 bytes per 1h)");
        }
        if (c.limits().deviceBytesPeriod().compareTo(Duration.ofSeconds(1)) < 0) {
            throw new ConfigException("limits.device-bytes-period", "shorter than 1s",
                    "give a period of 1s or more, e.g. 1h");
        }
        if (c.limits().messageBurst() < c.limits().messagesPerSecond()) {
            throw new ConfigException("limits.message-burst", "smaller than limits.messages-per-second",
                    "make the burst at least the per-second rate");
        }
        if (c.detection().catalog().isPresent() && !Files.isReadable(c.detection().catalog().get())) {
            throw new ConfigException("detection.catalog", "'" + c.detection().catalog().get() + "' is not a readable file",
                    "write it with `farmguard-collector catalog import-lolrmm` or remove the key for the bundled catalog");
        }
        if (c.detection().fleetWindow().compareTo(c.detection().fleetInterval()) < 0) {
            throw new ConfigException("detection.fleet-window", "shorter than detection.fleet-interval",
                    "make the window (e.g. 7d) longer than the interval between fleet runs");
        }
        if (Files.exists(c.dataDir()) && !Files.isDirectory(c.dataDir())) {
            throw new ConfigException("--data", "'" + c.dataDir() + "' is not a directory", "pass a directory");
        }
        return c;
    }
}
