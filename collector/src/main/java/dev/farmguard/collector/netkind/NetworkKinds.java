package dev.farmguard.collector.netkind;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The network-kinds table in effect: a list (the shipped one, a file from {@code asn-list import}, or none) less
 * the AS numbers the configuration excludes (the company's own cloud, its corporate VPN exits). Immutable.
 */
public final class NetworkKinds {

    /** No list at all: only the configuration's own {@code vpn-hosting-asns} entries count. */
    public static final NetworkKinds NONE = new NetworkKinds("none", Map.of(), Set.of());

    private static final class Shipped {
        static final NetworkKinds INSTANCE = of(AsnList.loadBundled(), "shipped", Set.of());
    }

    private final String description;
    private final Map<Long, AsnListEntry> byAsn;
    private final Set<Long> excluded;

    private NetworkKinds(String description, Map<Long, AsnListEntry> byAsn, Set<Long> excluded) {
        this.description = description;
        this.byAsn = Map.copyOf(byAsn);
        this.excluded = Set.copyOf(excluded);
    }

    /** The list shipped with the collector, nothing excluded (loaded once). */
    public static NetworkKinds shipped() {
        return Shipped.INSTANCE;
    }

    /**
     * @param list     the list to use
     * @param origin   where it came from ("shipped", a file name), for {@link #describe()}
     * @param excluded AS numbers that are never a kind, whatever any list or configuration entry says
     */
    public static NetworkKinds of(AsnList list, String origin, Set<Long> excluded) {
        Map<Long, AsnListEntry> byAsn = new HashMap<>();
        list.entries().forEach(e -> byAsn.put(e.asn(), e));
        // the text's hash (String.hashCode is specified, so stable across restarts) notices an edit without a new version
        String content = Integer.toHexString(list.toText().hashCode());
        return new NetworkKinds(origin + " " + list.version() + " " + content, byAsn, excluded);
    }

    /** {@link #NONE} with exclusions (they still override the configuration's own entries). */
    public static NetworkKinds none(Set<Long> excluded) {
        return new NetworkKinds("none", Map.of(), excluded);
    }

    /** The kind the list gives this AS, unless it is excluded. */
    public Optional<NetworkKind> kindOf(long asn) {
        if (excluded.contains(asn)) {
            return Optional.empty();
        }
        return Optional.ofNullable(byAsn.get(asn)).map(AsnListEntry::kind);
    }

    /** The entry itself (organization, source), for evidence. */
    public Optional<AsnListEntry> entry(long asn) {
        return excluded.contains(asn) ? Optional.empty() : Optional.ofNullable(byAsn.get(asn));
    }

    public boolean excluded(long asn) {
        return excluded.contains(asn);
    }

    public int size() {
        return byAsn.size();
    }

    /** Stable text naming the list, its version and the exclusions: part of the collector's rules version. */
    public String describe() {
        return description + " exclude " + new TreeSet<>(excluded);
    }

    @Override
    public String toString() {
        return "NetworkKinds[" + describe() + ", " + byAsn.size() + " networks]";
    }
}
