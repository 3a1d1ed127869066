package dev.farmguard.agent.probe;

/**
 * A probe that failed or was partial (mapped to {@code ProbeError} in the snapshot).
 *
 * @param probe   family name, e.g. "usb"
 * @param message human-readable reason
 */
public record ProbeFailure(String probe, String message) {
}
