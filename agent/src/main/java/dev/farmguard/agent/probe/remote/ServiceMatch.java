package dev.farmguard.agent.probe.remote;

/**
 * An installed service that matches a catalog entry.
 *
 * @param state     "running", "stopped", "" if unknown
 * @param startMode "enabled"/"auto", "disabled", "manual", "masked", "" if unknown
 * @param path      definition file or binary path
 */
public record ServiceMatch(String name, String displayName, String state, String startMode, String path,
                           String matchedTool) {
}
