package dev.farmguard.collector.model;

/** Milliseconds since the last local keyboard/mouse input; -1 when unknown. */
public record InputActivity(long idleMillis, String source) {

    public static final InputActivity UNKNOWN = new InputActivity(-1, "");
}
