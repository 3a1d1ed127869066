package dev.farmguard.agent.probe.remote;

import java.time.Instant;

/**
 * A running process that matches a catalog entry.
 *
 * @param name        executable name, e.g. "x11vnc", "AnyDesk.exe"
 * @param path        full executable path, "" when unreadable
 * @param commandLine arguments joined by spaces
 * @param user        owning user, "" if unknown
 * @param startedAt   start time, null if unknown
 * @param matchedTool catalog id, e.g. "vnc"
 */
public record ProcessMatch(int pid, String name, String path, String commandLine, String user, Instant startedAt,
                           String matchedTool) {
}
