package dev.farmguard.collector.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real EDIDs of the linuxhw/EDID sample in the test resources (CC BY 4.0, "linuxhw/EDID, linux-hardware.org") with
 * their labels ({@code ip-kvm} or {@code monitor}), for tests that need the bytes a real display or IP-KVM sends.
 */
public final class SampleEdids {

    /** One labelled EDID. */
    public record Entry(String path, String label, String pnpId, String productCode, String name, byte[] edid) {
        public boolean ipKvm() {
            return label.equals("ip-kvm");
        }
    }

    private static List<Entry> all;

    private SampleEdids() {}

    public static synchronized List<Entry> all() {
        if (all == null) {
            Map<String, byte[]> bytes = new LinkedHashMap<>();
            for (String[] row : rows("linuxhw-sample.tsv")) {
                bytes.put(row[0], HexFormat.of().parseHex(row[1]));
            }
            List<Entry> out = new ArrayList<>();
            for (String[] row : rows("linuxhw-sample-labels.tsv")) {
                out.add(new Entry(row[0], row[1], row[2], row[3], row.length > 4 ? row[4] : "", bytes.get(row[0])));
            }
            all = List.copyOf(out);
        }
        return all;
    }

    /** The first entry with this PNP id, product code (4 hex digits) and name. */
    public static byte[] find(String pnpId, String productCode, String name) {
        return all().stream().filter(e -> e.pnpId().equals(pnpId) && e.productCode().equalsIgnoreCase(productCode)
                        && e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sample EDID " + pnpId + productCode + " " + name))
                .edid();
    }

    private static List<String[]> rows(String file) {
        try (InputStream in = SampleEdids.class.getResourceAsStream("/classify/edid/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + file);
            }
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t"));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
