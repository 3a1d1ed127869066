package dev.farmguard.collector.classify;

/**
 * A remote tool's session in progress when a snapshot was taken.
 *
 * @param toolId   catalog id
 * @param toolName display name
 * @param tell     what showed it, in words (the session process, or the relay connection)
 */
public record LiveSession(String toolId, String toolName, String tell) {}
