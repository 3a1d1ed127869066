package dev.farmguard.collector.report;

import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Verdict;
import dev.farmguard.collector.store.ReportStore.HistoryEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything one fleet report says, read once from the store; every format renders this same model.
 *
 * @param fleetAsOf    the fleet's newest check-in: silence is measured against it, never against the wall clock
 * @param previous     the previous report of this kind, null for the first
 * @param trend        the counts of recent reports of this kind, oldest first, ending with this one
 * @param ruleCounts   devices with a finding of each rule, by rule id
 * @param familyCounts devices with a finding of each family, by family name
 * @param devices      every device, riskiest first (CSV and JSON list them all)
 */
public record FleetReport(ReportKind kind, Instant generatedAt, Instant fleetAsOf, HistoryEntry previous,
                          VerdictCounts counts, List<HistoryEntry> trend, List<Change> changes,
                          List<DeviceRow> riskiest, List<Cluster> clusters, List<DeviceRow> silent, Coverage coverage,
                          Map<String, Integer> ruleCounts, Map<String, Integer> familyCounts, Cases cases,
                          List<MapPoint> map, List<DeviceRow> devices) {

    /** Devices per verdict. */
    public record VerdictCounts(int ok, int review, int laptopFarm) {
        public int total() {
            return ok + review + laptopFarm;
        }

        public int of(Verdict v) {
            return switch (v) {
                case OK -> ok;
                case REVIEW -> review;
                case LAPTOP_FARM -> laptopFarm;
            };
        }
    }

    /**
     * One device as the report lists it. Holder fields are empty when the roster does not list the device.
     *
     * @param lastSeen null for a roster device that never reported
     */
    public record DeviceRow(String deviceId, String hostname, String employeeId, String employeeName, String email,
                            String country, Verdict verdict, int risk, Instant lastSeen, String publicIp,
                            String agentVersion, String explanation, List<Finding> findings, String caseState) {
        public DeviceRow {
            findings = List.copyOf(findings);
        }

        /** "Name (email)", the employee id, or "" when nobody is on the roster for it. */
        public String holder() {
            if (!employeeName.isEmpty()) {
                return email.isEmpty() ? employeeName : employeeName + " (" + email + ")";
            }
            return employeeId;
        }
    }

    /** What happened to a device's flag since the previous report. */
    public enum ChangeKind { NEW, ESCALATED, LOWERED, RESOLVED }

    /** @param before null when the device was not in the previous report */
    public record Change(ChangeKind change, DeviceRow device, Verdict before, int riskBefore) {}

    /** Laptops of several employees on one network at once, as the co-location rule found them. */
    public record Cluster(String kind, String network, int employeesAtOnce, Instant from, Instant to,
                          List<String> deviceIds, List<String> hostnames) {
        public Cluster {
            deviceIds = List.copyOf(deviceIds);
            hostnames = List.copyOf(hostnames);
        }
    }

    /**
     * Who is watched and who is not: a roster laptop without an agent is a blind spot.
     *
     * @param reporting       roster devices that reported within the kind's silence window
     * @param neverEnrolled   roster devices that never reported
     * @param stopped         roster devices that reported once and then went silent
     * @param notOnRoster     reporting devices the roster does not list
     * @param agentVersions   devices per agent version, most common first
     */
    public record Coverage(int rosterDevices, int reporting, List<DeviceRow> neverEnrolled, List<DeviceRow> stopped,
                           int notOnRoster, Map<String, Integer> agentVersions) {}

    /**
     * Open cases, when this database has the cases table ({@code available} false otherwise).
     *
     * @param byState open cases per state
     */
    public record Cases(boolean available, Map<String, Integer> byState, List<OpenCaseRow> oldest) {}

    /** @param ageDays whole days since the case last changed, at generation time */
    public record OpenCaseRow(String deviceId, String hostname, String state, String assignee, long ageDays) {}

    /**
     * A flagged laptop where its address geolocates against where its holder should be.
     *
     * @param holderLatitude null when the roster has no location for the holder
     */
    public record MapPoint(String deviceId, String hostname, Verdict verdict, double seenLatitude,
                           double seenLongitude, String seenPlace, Double holderLatitude, Double holderLongitude,
                           String holderPlace) {}
}
