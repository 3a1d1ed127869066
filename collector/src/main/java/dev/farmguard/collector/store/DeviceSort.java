package dev.farmguard.collector.store;

/** The orders a device list may take; ties are broken by device id in the same direction (keyset paging). */
public enum DeviceSort {
    RISK("risk", "risk", false),
    RISK_DESC("-risk", "risk", true),
    LAST_SEEN("last_seen", "last_seen", false),
    LAST_SEEN_DESC("-last_seen", "last_seen", true),
    HOSTNAME("hostname", "hostname", false),
    HOSTNAME_DESC("-hostname", "hostname", true);

    private final String apiName;
    private final String column;
    private final boolean descending;

    DeviceSort(String apiName, String column, boolean descending) {
        this.apiName = apiName;
        this.column = column;
        this.descending = descending;
    }

    public String apiName() {
        return apiName;
    }

    /** Column of {@code device_search} sorted on. */
    String column() {
        return column;
    }

    boolean descending() {
        return descending;
    }

    /** Whether the sort key is a number (risk, last seen) rather than text (hostname). */
    public boolean numeric() {
        return this != HOSTNAME && this != HOSTNAME_DESC;
    }

    public static DeviceSort fromApiName(String name) {
        for (DeviceSort s : values()) {
            if (s.apiName.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not one of risk, -risk, last_seen, -last_seen, "
                + "hostname, -hostname");
    }
}
