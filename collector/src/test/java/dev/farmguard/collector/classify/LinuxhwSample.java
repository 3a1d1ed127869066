package dev.farmguard.collector.classify;

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
 * The linuxhw/EDID sample copied into the test resources (CC BY 4.0, "linuxhw/EDID, linux-hardware.org"):
 * 2,660 real EDIDs, their labels, and what edid-decode read from each.
 */
final class LinuxhwSample {

    static final String DIR = "/classify/edid/";

    record Entry(String path, byte[] edid) {}

    /** One row of linuxhw-sample-labels.tsv. */
    record Label(String path, String label, String pnpId, String productCodeHex, String monitorName) {
        boolean ipKvm() {
            return label.equals("ip-kvm");
        }
    }

    /** One row of edid-decode-expected.tsv, written by make-expected.sh. */
    record Expected(String path, String manufacturer, int productCode, long serial, String monitorName,
                    int horizontalCm, int verticalCm) {}

    private LinuxhwSample() {
    }

    static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (String[] row : rows("linuxhw-sample.tsv")) {
            out.add(new Entry(row[0], HexFormat.of().parseHex(row[1])));
        }
        return out;
    }

    static Map<String, Label> labels() {
        Map<String, Label> out = new LinkedHashMap<>();
        for (String[] row : rows("linuxhw-sample-labels.tsv")) {
            out.put(row[0], new Label(row[0], row[1], row[2], row[3], row.length > 4 ? row[4] : ""));
        }
        return out;
    }

    static Map<String, Expected> expected() {
        Map<String, Expected> out = new LinkedHashMap<>();
        for (String[] row : rows("edid-decode-expected.tsv")) {
            int h = 0;
            int v = 0;
            if (!row[5].equals("variable")) {
                String[] size = row[5].split(" x ");
                h = Integer.parseInt(size[0]);
                v = Integer.parseInt(size[1]);
            }
            out.put(row[0], new Expected(row[0], row[1], Integer.parseInt(row[2]), Long.parseLong(row[3]), row[4],
                    h, v));
        }
        return out;
    }

    private static List<String[]> rows(String file) {
        try (InputStream in = LinuxhwSample.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + DIR + file);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
