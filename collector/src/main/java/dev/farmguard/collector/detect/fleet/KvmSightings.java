package dev.farmguard.collector.detect.fleet;

/**
 * Keys of IP-KVM sightings. A key is strong when the thing seen is itself IP-KVM evidence (a catalog identity, a
 * composite gadget, a firmware's default serial); weak when only weak tells make it look like one (an external
 * display with no size and an identity no known monitor has), which many ordinary displays of one model share.
 */
final class KvmSightings {

    private static final String WEAK = "weak ";

    private KvmSightings() {
    }

    static String weak(String key) {
        return WEAK + key;
    }

    static boolean isWeak(String key) {
        return key.startsWith(WEAK);
    }

    /** The key as an analyst reads it, without the strength marker. */
    static String describe(String key) {
        return isWeak(key) ? key.substring(WEAK.length()) : key;
    }
}
