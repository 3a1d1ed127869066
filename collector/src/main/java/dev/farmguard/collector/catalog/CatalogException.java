package dev.farmguard.collector.catalog;

import java.util.List;

/** A catalog file that cannot be read or breaks a rule; the message names the file and every bad entry. */
public final class CatalogException extends RuntimeException {

    private final List<String> problems;

    public CatalogException(String origin, List<String> problems) {
        super("invalid catalog " + origin + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public CatalogException(String origin, String problem, Throwable cause) {
        super("invalid catalog " + origin + ": " + problem, cause);
        this.problems = List.of(problem);
    }

    /** Each problem on its own, e.g. {@code kvms[2] "pikvm": usb[0] vendorId must not be 0}. */
    public List<String> problems() {
        return problems;
    }
}
