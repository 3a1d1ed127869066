package dev.farmguard.agent.probe.remote;

/** A catalog install path present on disk. */
public record InstallMatch(String path, String matchedTool) {
}
