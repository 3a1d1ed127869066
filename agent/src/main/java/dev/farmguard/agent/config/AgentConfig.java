package dev.farmguard.agent.config;

import dev.farmguard.agent.transport.HostPort;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What an agent configuration file says; every field is null when the file does not set it (the command line
 * and the built-in defaults fill in the rest). Paths are already resolved against the file's directory.
 *
 * @param source          the file, for messages
 * @param collector       {@code collector}: the collector's agent port
 * @param ca              {@code ca}: PEM file with the collector's CA certificate
 * @param caFingerprint   {@code ca-fingerprint}: SHA-256 pin of that certificate, 64 hex digits
 * @param enrollToken     {@code enroll-token}: the enrollment token itself
 * @param enrollTokenFile {@code enroll-token-file}: a file holding the enrollment token
 * @param intervalSeconds {@code interval}: seconds between snapshots
 * @param logLevel        {@code log-level}: error, warn, info, debug, trace or off (validated)
 * @param stateDir        {@code state-dir}: identity, credentials and spool
 * @param watchdogMemoryMb   {@code watchdog-memory-mb}: the agent's resident memory budget, 0 for none
 * @param watchdogCpuPercent {@code watchdog-cpu-percent}: its CPU budget in percent of one core, 0 for none
 */
public record AgentConfig(
        Path source,
        HostPort collector,
        Path ca,
        String caFingerprint,
        String enrollToken,
        Path enrollTokenFile,
        Long intervalSeconds,
        String logLevel,
        Path stateDir,
        Integer watchdogMemoryMb,
        Integer watchdogCpuPercent) {

    /** No file: everything comes from the command line and the defaults. */
    public static final AgentConfig NONE = new AgentConfig(null, null, null, null, null, null, null, null, null, null,
            null);

    /**
     * The enrollment token the file gives, read from {@code enroll-token-file} if that is how it is given; null
     * when it gives none. An unreadable or empty token file is an {@link AgentConfigException} naming the key.
     */
    public String readEnrollToken() {
        if (enrollTokenFile == null) {
            return enrollToken;
        }
        String token;
        try {
            token = Files.readString(enrollTokenFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new AgentConfigException(source + ": enroll-token-file: cannot read " + enrollTokenFile + ": "
                    + e.getClass().getSimpleName());
        }
        if (token.isEmpty() || token.chars().anyMatch(Character::isWhitespace)) {
            throw new AgentConfigException(source + ": enroll-token-file: " + enrollTokenFile
                    + " must hold one token and nothing else");
        }
        return token;
    }
}
