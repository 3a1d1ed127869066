package dev.farmguard.agent.probe;

/** Receives partial failures of a probe; the probe keeps going after reporting one. */
@FunctionalInterface
public interface ProbeWarnings {

    /** Records a problem, e.g. "cannot read /proc/1234/fd: permission denied". */
    void warn(String message);

    /** Discards warnings (for callers that only want the result). */
    ProbeWarnings IGNORE = message -> { };
}
