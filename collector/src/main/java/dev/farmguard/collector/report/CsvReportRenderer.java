package dev.farmguard.collector.report;

import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.report.FleetReport.DeviceRow;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row per device: every reporting device (riskiest first), then the roster laptops that never enrolled. Text a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is prefixed with an
 * apostrophe, so a hostile hostname or finding cannot execute in the reader's spreadsheet.
 */
public final class CsvReportRenderer {

    static final String[] HEADER = {"device_id", "hostname", "employee_id", "employee_name", "email", "country",
        "status", "verdict", "risk", "last_seen", "public_ip", "agent_version", "case_state", "families", "rules",
        "explanation"};

    private CsvReportRenderer() {}

    public static String render(FleetReport r) {
        StringWriter out = new StringWriter(r.devices().size() * 200 + 256);
        Set<String> silent = r.silent().stream().map(DeviceRow::deviceId).collect(Collectors.toSet());
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (DeviceRow d : r.devices()) {
                print(csv, d, silent.contains(d.deviceId()) ? "silent" : "reporting");
            }
            for (DeviceRow d : r.coverage().neverEnrolled()) {
                print(csv, d, "never_enrolled");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing the CSV report failed", e);
        }
        return out.toString();
    }

    private static void print(CSVPrinter csv, DeviceRow d, String status) throws IOException {
        Set<String> families = new LinkedHashSet<>();
        Set<String> rules = new LinkedHashSet<>();
        for (Finding f : d.findings()) {
            families.add(FleetReportBuilder.familyOf(f.rule()));
            rules.add(f.rule());
        }
        boolean reported = d.lastSeen() != null;
        csv.printRecord(cell(d.deviceId()), cell(d.hostname()), cell(d.employeeId()), cell(d.employeeName()),
                cell(d.email()), cell(d.country()), status, reported ? d.verdict().apiName() : "",
                reported ? String.valueOf(d.risk()) : "", reported ? iso(d.lastSeen()) : "", cell(d.publicIp()),
                cell(d.agentVersion()), cell(d.caseState()), String.join(" ", families), String.join(" ", rules),
                cell(d.explanation()));
    }

    private static String iso(Instant t) {
        return t.toString();
    }

    /** Neutralises spreadsheet formulas (OWASP "CSV injection"): a leading apostrophe makes the cell text. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
