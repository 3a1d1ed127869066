package dev.farmguard.collector.catalog;

/**
 * How much a match on a signature says, derived from the catalog data so the file format needs no extra field.
 * Rules map these to severities; the classifier only reports them.
 */
public enum SignatureWeight {
    /** Named in DPRK IT-worker reporting ({@code dprkReported}), e.g. AnyDesk, Astrill. */
    DPRK_REPORTED,
    /** A specific product. */
    PRODUCT,
    /**
     * A technology shared by many products rather than one product, e.g. an OpenVPN TAP adapter or any RP2040
     * HID device. Catalog ids of such entries start with {@value #GENERIC_ID_PREFIX}.
     */
    GENERIC;

    public static final String GENERIC_ID_PREFIX = "generic-";

    static SignatureWeight of(String id, boolean dprkReported) {
        if (dprkReported) {
            return DPRK_REPORTED;
        }
        return id.startsWith(GENERIC_ID_PREFIX) ? GENERIC : PRODUCT;
    }
}
