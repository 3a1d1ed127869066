package dev.farmguard.agent.probe.remote;

/**
 * Unattended access configured for a tool. Never carries the secret itself.
 *
 * @param tool   catalog id, e.g. "anydesk"
 * @param source the configuration file or registry key it was found in
 * @param detail what is set, e.g. "ad.security.pwd is set"
 */
public record UnattendedInfo(String tool, String source, String detail) {
}
