package dev.farmguard.collector.netkind;

/**
 * One autonomous system of the list.
 *
 * @param asn          AS number, 0..4294967295
 * @param kind         what kind of network it is
 * @param organization who runs it (documentation)
 * @param source       where the fact was read
 */
public record AsnListEntry(long asn, NetworkKind kind, String organization, String source) {

    public AsnListEntry {
        if (asn < 0 || asn > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("AS number must be 0..4294967295, got " + asn);
        }
        if (kind == null) {
            throw new IllegalArgumentException("a kind is required");
        }
        organization = clean(organization);
        source = clean(source);
    }

    /** Tabs and line breaks would break the file's columns. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").trim();
    }
}
