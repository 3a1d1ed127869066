package dev.farmguard.collector.dist;

import java.util.Objects;

/**
 * What an agent installer or configuration file tells the agent, rendered in the agent's configuration file format
 * ({@code key = value} lines, read by the agent's {@code AgentConfigFile}; the packaging tests parse this output with
 * it). The CA certificate travels as a file next to the configuration, named {@link #CA_FILE}.
 *
 * @param collector     HOST:PORT of the collector's agent port
 * @param caFingerprint SHA-256 pin of the CA certificate
 * @param enrollToken   enrollment token, or null when the installer carries none
 * @param stateDir      the OS's state directory for the agent, or null for the agent's default
 */
public record AgentSettings(String collector, String caFingerprint, String enrollToken, String stateDir) {

    /** The configuration file's name, next to the agent's jar in installers. */
    public static final String CONFIG_FILE = "agent.conf";
    /** The CA certificate's name, next to the configuration file. */
    public static final String CA_FILE = "collector-ca.pem";

    public AgentSettings {
        Objects.requireNonNull(collector, "collector");
        Objects.requireNonNull(caFingerprint, "caFingerprint");
        for (String value : new String[] {collector, caFingerprint, enrollToken, stateDir}) {
            if (value != null && (value.contains("\n") || value.contains("\r"))) {
                throw new IllegalArgumentException("a configuration value cannot span lines: " + value);
            }
        }
    }

    /** The configuration file's text. */
    public String render() {
        StringBuilder text = new StringBuilder()
                .append("# Farmguard agent configuration, written by farmguard-collector package.\n")
                .append("# Keys: agent/README.md, 'Configuration file'. Relative paths are relative to this file.\n")
                .append("collector = ").append(collector).append('\n')
                .append("ca = ").append(CA_FILE).append('\n')
                .append("ca-fingerprint = ").append(caFingerprint).append('\n');
        if (enrollToken != null) {
            text.append("# Used once, to obtain this device's certificate. Revoke the token once the rollout is done.\n")
                    .append("enroll-token = ").append(enrollToken).append('\n');
        }
        if (stateDir != null) {
            text.append("state-dir = ").append(stateDir).append('\n');
        }
        return text.toString();
    }
}
