package dev.farmguard.collector.roster;

import dev.farmguard.collector.model.RosterEntry;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses the roster CSV of DESIGN.md contract 5: header {@code device_id,employee_id} required, then any of
 * {@code employee_name,email,country,region,city,latitude,longitude,timezone} in any order. Any bad row
 * rejects the whole file with a {@link RosterFormatException} naming the line.
 */
public final class RosterCsv {

    static final List<String> REQUIRED = List.of("device_id", "employee_id");
    static final List<String> OPTIONAL =
            List.of("employee_name", "email", "country", "region", "city", "latitude", "longitude", "timezone");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private RosterCsv() {}

    public static List<RosterEntry> parse(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        LineIndex lines = new LineIndex(csv);
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!next(records, lines)) {
                throw new RosterFormatException(0, "the file is empty; it needs the header device_id,employee_id");
            }
            CSVRecord headerRecord = records.next();
            Map<String, Integer> header = header(headerRecord, lines.lineOf(headerRecord.getCharacterPosition()));
            List<RosterEntry> entries = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            while (next(records, lines)) {
                CSVRecord r = records.next();
                int line = lines.lineOf(r.getCharacterPosition());
                RosterEntry e = RosterRow.parse(r, header, line);
                Integer earlier = seen.putIfAbsent(e.deviceId(), line);
                if (earlier != null) {
                    throw new RosterFormatException(line, "device_id '" + e.deviceId()
                            + "' is already on line " + earlier + "; each device may appear once");
                }
                entries.add(e);
            }
            return entries;
        } catch (IOException e) {
            throw new RosterFormatException(0, "cannot read the CSV: " + e.getMessage());
        }
    }

    /** hasNext() parses ahead, so a malformed record surfaces here; report it with its line. */
    private static boolean next(Iterator<CSVRecord> records, LineIndex lines) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            String msg = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("line:? ?(\\d+)").matcher(String.valueOf(msg));
            int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
            throw new RosterFormatException(line, "malformed CSV (" + msg + ")");
        }
    }

    private static Map<String, Integer> header(CSVRecord record, int line) {
        Map<String, Integer> columns = new HashMap<>();
        Set<String> known = new LinkedHashSet<>(REQUIRED);
        known.addAll(OPTIONAL);
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).trim().toLowerCase(Locale.ROOT);
            if (!known.contains(name)) {
                throw new RosterFormatException(line, "unknown column '" + record.get(i) + "'; columns are "
                        + String.join(",", known));
            }
            if (columns.put(name, i) != null) {
                throw new RosterFormatException(line, "column '" + name + "' appears twice");
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new RosterFormatException(line, "missing required column '" + required
                        + "'; the header must include device_id,employee_id");
            }
        }
        return columns;
    }

    static boolean isIanaZone(String zone) {
        return ZONES.contains(zone);
    }

    /** Maps character offsets to 1-based line numbers. */
    private static final class LineIndex {
        private final List<Long> lineStarts = new ArrayList<>();

        LineIndex(String text) {
            lineStarts.add(0L);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lineStarts.add((long) i + 1);
                }
            }
        }

        int lineOf(long offset) {
            int pos = java.util.Collections.binarySearch(lineStarts, offset);
            return pos >= 0 ? pos + 1 : -pos - 1;
        }
    }
}
