package dev.farmguard.agent.probe;

/**
 * Reads one signal family on one OS. Each family declares a sub-interface (e.g. {@code UsbProbe}) with
 * one implementation per OS, chosen by the family's factory.
 *
 * <p>A reader fails soft: odd OS output becomes a sentinel (empty string, empty list, 0) or a warning,
 * and the reader still returns what it could read. It throws only when nothing useful can be returned;
 * {@link SnapshotCollector} turns the exception into a {@code ProbeError} and carries on with the others.
 *
 * @param <T> the plain Java record (or list of records) the family produces
 */
@FunctionalInterface
public interface Probe<T> {

    /**
     * Reads the family now.
     *
     * @param warnings where to report partial failures (each becomes a {@code ProbeError} entry)
     */
    T collect(ProbeWarnings warnings) throws Exception;
}
