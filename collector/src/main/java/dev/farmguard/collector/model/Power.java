package dev.farmguard.collector.model;

/** Power state; {@code batteryPercent} and {@code cycleCount} are -1 when unknown. */
public record Power(Source source, boolean hasBattery, double batteryPercent, int cycleCount, Lid lid) {

    public static final Power UNKNOWN = new Power(Source.UNKNOWN, false, -1, -1, Lid.UNKNOWN);

    public enum Source { UNKNOWN, AC, BATTERY }

    public enum Lid { UNKNOWN, OPEN, CLOSED }
}
