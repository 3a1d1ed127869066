package dev.farmguard.collector.roster;

import dev.farmguard.collector.model.RosterEntry;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** One data row of the roster CSV, checked field by field. */
final class RosterRow {

    private static final int MAX_FIELD_CHARS = 255;

    private RosterRow() {}

    static RosterEntry parse(CSVRecord r, Map<String, Integer> header, int line) {
        if (r.size() != header.size()) {
            throw new RosterFormatException(line, "expected " + header.size() + " fields like the header, found "
                    + r.size());
        }
        String deviceId = required(r, header, "device_id", line);
        if (!deviceId.matches("[A-Za-z0-9][A-Za-z0-9._:@+-]{0,127}")) {
            throw new RosterFormatException(line, "device_id '" + deviceId
                    + "' must be 1-128 characters of A-Z a-z 0-9 . _ : @ + -");
        }
        String employeeId = required(r, header, "employee_id", line);
        Double latitude = coordinate(r, header, "latitude", 90, line);
        Double longitude = coordinate(r, header, "longitude", 180, line);
        if ((latitude == null) != (longitude == null)) {
            throw new RosterFormatException(line, "give both latitude and longitude, or neither");
        }
        String timezone = optional(r, header, "timezone", line);
        if (!timezone.isEmpty() && !RosterCsv.isIanaZone(timezone)) {
            throw new RosterFormatException(line, "timezone '" + timezone
                    + "' is not an IANA time zone such as America/Phoenix");
        }
        return new RosterEntry(deviceId, employeeId, optional(r, header, "employee_name", line),
                optional(r, header, "email", line), optional(r, header, "country", line),
                optional(r, header, "region", line), optional(r, header, "city", line), latitude, longitude, timezone);
    }

    private static String required(CSVRecord r, Map<String, Integer> header, String column, int line) {
        String value = optional(r, header, column, line);
        if (value.isEmpty()) {
            throw new RosterFormatException(line, column + " is empty");
        }
        return value;
    }

    private static String optional(CSVRecord r, Map<String, Integer> header, String column, int line) {
        Integer index = header.get(column);
        String value = index == null ? "" : r.get(index).trim();
        if (value.length() > MAX_FIELD_CHARS) {
            throw new RosterFormatException(line, column + " is longer than " + MAX_FIELD_CHARS + " characters");
        }
        return value;
    }

    private static Double coordinate(CSVRecord r, Map<String, Integer> header, String column, double limit,
                                     int line) {
        String text = optional(r, header, column, line);
        if (text.isEmpty()) {
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new RosterFormatException(line, column + " '" + text + "' is not a number");
        }
        if (!(value >= -limit && value <= limit)) {
            throw new RosterFormatException(line, column + " " + text + " is outside -" + (int) limit + ".."
                    + (int) limit);
        }
        return value;
    }
}
