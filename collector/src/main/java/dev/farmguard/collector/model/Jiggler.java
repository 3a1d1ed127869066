package dev.farmguard.collector.model;

/** A mouse jiggler the agent saw: {@code kind} is process, install or usb. */
public record Jiggler(String matchedTool, String kind, String evidence) {}
