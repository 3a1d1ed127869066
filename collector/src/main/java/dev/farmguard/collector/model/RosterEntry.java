package dev.farmguard.collector.model;

/**
 * Who holds a device and where that person is supposed to be (roster CSV, DESIGN.md contract 5).
 * Optional text fields are empty strings; latitude/longitude are null when not given.
 */
public record RosterEntry(
        String deviceId,
        String employeeId,
        String employeeName,
        String email,
        String country,
        String region,
        String city,
        Double latitude,
        Double longitude,
        String timezone) {

    public boolean hasLocation() {
        return latitude != null && longitude != null;
    }
}
