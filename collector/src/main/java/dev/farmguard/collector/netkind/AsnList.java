package dev.farmguard.collector.netkind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The network-kinds list file: UTF-8 text, one autonomous system per line as four tab-separated columns
 * {@code AS<number>  kind  organization  source}, kind one of {@code vpn}, {@code hosting}, {@code mobile}. Lines
 * starting with {@code #} are comments (where the data comes from, its licence), and one of them must be
 * {@code # version: TEXT}. An AS number appears once.
 *
 * @param version  the list's version (a date), part of the collector's rules version
 * @param comments the header comment lines, without their {@code # }
 * @param entries  the autonomous systems, in file order
 */
public record AsnList(String version, List<String> comments, List<AsnListEntry> entries) {

    /** Classpath location of the list shipped with the collector. */
    public static final String BUNDLED_RESOURCE = "/catalog/network-kinds.tsv";
    private static final String VERSION = "version:";

    public AsnList {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a version is required");
        }
        comments = List.copyOf(comments);
        entries = List.copyOf(entries);
    }

    public static AsnList loadBundled() {
        try (InputStream in = AsnList.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled network-kinds list " + BUNDLED_RESOURCE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled " + BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled network-kinds list", e);
        }
    }

    /** @throws AsnListFormatException when the file is missing, unreadable or not in this format */
    public static AsnList load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new AsnListFormatException(file + ": no such file");
        } catch (IOException e) {
            throw new AsnListFormatException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    public static AsnList parse(String text, String origin) {
        String version = null;
        List<String> comments = new ArrayList<>();
        List<AsnListEntry> entries = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = origin + " line " + (i + 1);
            if (line.startsWith("#")) {
                // one space after '#' belongs to the syntax; more is the comment's own indentation
                String comment = line.substring(line.startsWith("# ") ? 2 : 1).stripTrailing();
                if (comment.strip().startsWith(VERSION)) {
                    version = comment.strip().substring(VERSION.length()).strip();
                } else {
                    comments.add(comment);
                }
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            AsnListEntry entry = entry(line, where);
            if (!seen.add(entry.asn())) {
                throw new AsnListFormatException(where + ": AS" + entry.asn() + " is listed twice");
            }
            entries.add(entry);
        }
        if (version == null || version.isEmpty()) {
            throw new AsnListFormatException(origin + ": no '# version: ...' line; this is not a network-kinds list");
        }
        return new AsnList(version, comments, entries);
    }

    private static AsnListEntry entry(String line, String where) {
        String[] cols = line.split("\t", -1);
        if (cols.length != 4) {
            throw new AsnListFormatException(where + ": expected 4 tab-separated columns (AS number, kind, "
                    + "organization, source), found " + cols.length);
        }
        long asn = AsNumbers.parse(cols[0]).orElseThrow(() -> new AsnListFormatException(where
                + ": '" + cols[0] + "' is not an AS number (AS64500 or 64500)"));
        NetworkKind kind = NetworkKind.parse(cols[1]).orElseThrow(() -> new AsnListFormatException(where
                + ": kind '" + cols[1] + "' is not one of vpn, hosting, mobile"));
        return new AsnListEntry(asn, kind, cols[2], cols[3]);
    }

    /** The file's text: comments, the version line, then one line per entry. */
    public String toText() {
        StringBuilder s = new StringBuilder();
        comments.forEach(c -> s.append(c.isEmpty() ? "#" : "# " + c).append('\n'));
        s.append("# ").append(VERSION).append(' ').append(version).append('\n');
        for (AsnListEntry e : entries) {
            s.append("AS").append(e.asn()).append('\t').append(e.kind().id()).append('\t').append(e.organization())
                    .append('\t').append(e.source()).append('\n');
        }
        return s.toString();
    }

    public long count(NetworkKind kind) {
        return entries.stream().filter(e -> e.kind() == kind).count();
    }
}
