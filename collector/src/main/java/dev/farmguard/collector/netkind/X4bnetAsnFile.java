package dev.farmguard.collector.netkind;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the upstream format of X4BNet/lists_vpn's {@code input/vpn/ASN.txt} and {@code input/datacenter/ASN.txt}:
 * one {@code AS<number> # name} per line (the name may itself hold {@code #}), blank lines and {@code #} comments
 * allowed. Anything else (a CIDR list from {@code output/}, JSON, CSV) is refused with its line, so a wrong file is
 * never half-imported.
 */
final class X4bnetAsnFile {

    /** One line of the upstream file. */
    record Line(int number, long asn, String name) {}

    private X4bnetAsnFile() {}

    static List<Line> parse(String text, String origin) {
        List<Line> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int hash = line.indexOf('#');
            String number = (hash < 0 ? line : line.substring(0, hash)).strip();
            String name = hash < 0 ? "" : line.substring(hash + 1).strip();
            int lineNumber = i + 1;
            long asn = number.regionMatches(true, 0, "AS", 0, 2)
                    ? AsNumbers.parse(number).orElse(-1L) : -1L;
            if (asn < 0) {
                throw new AsnListFormatException(origin + " line " + lineNumber + ": '" + abbreviate(line)
                        + "' is not 'AS<number> # name' (the format of X4BNet/lists_vpn input/*/ASN.txt)");
            }
            out.add(new Line(lineNumber, asn, name));
        }
        if (out.isEmpty()) {
            throw new AsnListFormatException(origin + ": no 'AS<number> # name' line at all");
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
