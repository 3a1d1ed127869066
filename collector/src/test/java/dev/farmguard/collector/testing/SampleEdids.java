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
import java.util.zip.GZIPInputStream;

/**
 * Real EDIDs of linuxhw/EDID in the test resources (CC BY 4.0, "linuxhw/EDID, linux-hardware.org") with their
 * labels ({@code ip-kvm} or {@code monitor}, a name heuristic), for tests that need the bytes a real display or IP-KVM
 * sends: the 2,660-EDID sample ({@link #all}) and the 71,026-EDID half of the repository ({@link #trainHalf}).
 */
public final class SampleEdids {

    /** One labelled EDID. */
    public record Entry(String path, String label, String pnpId, String productCode, String name, byte[] edid) {
        public boolean ipKvm() {
            return label.equals("ip-kvm");
        }
    }

    static final String SAMPLE = "linuxhw-sample";
    static final String TRAIN_HALF = "linuxhw-train-half";

    private static List<Entry> all;

    private SampleEdids() {}

    /** The 2,660-EDID sample, kept in memory (many tests pick EDIDs from it). */
    public static synchronized List<Entry> all() {
        if (all == null) {
            all = load(SAMPLE + ".tsv", SAMPLE + "-labels.tsv");
        }
        return all;
    }

    /** The 71,026 EDIDs of linuxhw-train-half (gzipped, read anew on each call: it is large). */
    public static List<Entry> trainHalf() {
        return load(TRAIN_HALF + ".tsv.gz", TRAIN_HALF + "-labels.tsv.gz");
    }

    private static List<Entry> load(String edids, String labels) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        for (String[] row : rows(edids)) {
            bytes.put(row[0], HexFormat.of().parseHex(row[1]));
        }
        List<Entry> out = new ArrayList<>();
        for (String[] row : rows(labels)) {
            byte[] edid = bytes.get(row[0]);
            if (edid == null) {
                throw new IllegalStateException(labels + " labels " + row[0] + ", which " + edids + " lacks");
            }
            out.add(new Entry(row[0], row[1], row[2], row[3], row.length > 4 ? row[4] : "", edid));
        }
        return List.copyOf(out);
    }

    /** The first entry with this PNP id, product code (4 hex digits) and name. */
    public static byte[] find(String pnpId, String productCode, String name) {
        return all().stream().filter(e -> e.pnpId().equals(pnpId) && e.productCode().equalsIgnoreCase(productCode)
                        && e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sample EDID " + pnpId + productCode + " " + name))
                .edid();
    }

    private static List<String[]> rows(String file) {
        try (InputStream raw = SampleEdids.class.getResourceAsStream("/classify/edid/" + file)) {
            if (raw == null) {
                throw new IllegalStateException("missing test resource " + file);
            }
            InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
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
