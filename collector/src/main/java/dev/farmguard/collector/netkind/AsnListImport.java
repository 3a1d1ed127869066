package dev.farmguard.collector.netkind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code farmguard-collector asn-list import}: turns X4BNet/lists_vpn's VPN and data-centre ASN files into a
 * network-kinds list. The curated {@code mobile} entries and the header (sources, licences) of the base list (the
 * shipped one) are kept, because the upstream project has no mobile carriers. An AS number keeps its first kind:
 * mobile, then vpn, then hosting (the data-centre file repeats VPN providers' networks).
 */
public final class AsnListImport {

    static final String VPN_SOURCE = "X4BNet/lists_vpn input/vpn/ASN.txt";
    static final String HOSTING_SOURCE = "X4BNet/lists_vpn input/datacenter/ASN.txt";

    /**
     * What an import did.
     *
     * @param list       the list written
     * @param duplicates upstream lines left out because their AS number was already listed
     */
    public record Report(AsnList list, int duplicates) {

        public String summary() {
            return "wrote " + list.entries().size() + " networks (vpn " + list.count(NetworkKind.VPN) + ", hosting "
                    + list.count(NetworkKind.HOSTING) + ", mobile " + list.count(NetworkKind.MOBILE) + "), version "
                    + list.version() + "; " + duplicates + " repeated upstream lines left out";
        }
    }

    private AsnListImport() {}

    /**
     * @param vpn     X4BNet's {@code input/vpn/ASN.txt}, if given
     * @param hosting X4BNet's {@code input/datacenter/ASN.txt}, if given
     * @param base    the list whose header and mobile entries are kept
     * @param version the new list's version (e.g. the upstream commit's date)
     * @throws AsnListFormatException when an input is unreadable or not in the upstream format
     */
    public static Report convert(Optional<Path> vpn, Optional<Path> hosting, AsnList base, String version) {
        if (vpn.isEmpty() && hosting.isEmpty()) {
            throw new IllegalArgumentException("give the VPN file, the data-centre file, or both");
        }
        List<AsnListEntry> mobile = base.entries().stream().filter(e -> e.kind() == NetworkKind.MOBILE).toList();
        Set<Long> seen = new HashSet<>();
        mobile.forEach(e -> seen.add(e.asn()));
        List<AsnListEntry> entries = new ArrayList<>();
        int duplicates = 0;
        if (vpn.isPresent()) {
            duplicates += add(vpn.get(), NetworkKind.VPN, VPN_SOURCE, seen, entries);
        }
        if (hosting.isPresent()) {
            duplicates += add(hosting.get(), NetworkKind.HOSTING, HOSTING_SOURCE, seen, entries);
        }
        entries.addAll(mobile);
        return new Report(new AsnList(version, base.comments(), entries), duplicates);
    }

    /** Converts and writes {@code out} (UTF-8); the written file is read back, so it is known to load. */
    public static Report run(Optional<Path> vpn, Optional<Path> hosting, String version, Path out) throws IOException {
        Report report = convert(vpn, hosting, AsnList.loadBundled(), version);
        String text = report.list().toText();
        AsnList.parse(text, out.toString());
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(out, text, StandardCharsets.UTF_8);
        return report;
    }

    private static int add(Path file, NetworkKind kind, String source, Set<Long> seen, List<AsnListEntry> out) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AsnListFormatException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        int duplicates = 0;
        for (X4bnetAsnFile.Line line : X4bnetAsnFile.parse(text, file.toString())) {
            if (seen.add(line.asn())) {
                out.add(new AsnListEntry(line.asn(), kind, line.name(), source));
            } else {
                duplicates++;
            }
        }
        return duplicates;
    }
}
