package dev.farmguard.collector.app;

/** The collector's version from the jar manifest ("dev" when run from classes). */
public final class CollectorVersion {

    private CollectorVersion() {}

    public static String get() {
        String v = CollectorVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
