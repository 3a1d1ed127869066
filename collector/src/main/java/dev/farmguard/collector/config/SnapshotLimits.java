package dev.farmguard.collector.config;

/**
 * Sizes inside one snapshot, checked before it is translated or stored; a snapshot over any of them is
 * refused. The frame limit bounds memory already; these keep one odd (or hostile) machine from filling
 * the store and the rules with thousands of rows.
 *
 * @param maxUsbDevices  usb_devices entries
 * @param maxDisplays    displays entries
 * @param maxProcesses   remote_access.processes entries
 * @param maxSockets     remote_access.listeners and remote_access.connections entries, each
 * @param maxLogEntries  remote_access.log_entries entries
 * @param maxListEntries every other repeated field (interfaces, gateways, sessions, addresses...)
 * @param maxStringChars characters of any one string (command lines are the longest)
 * @param maxEdidBytes   bytes of one display's EDID
 */
public record SnapshotLimits(int maxUsbDevices, int maxDisplays, int maxProcesses, int maxSockets, int maxLogEntries,
                             int maxListEntries, int maxStringChars, int maxEdidBytes) {

    public static final SnapshotLimits DEFAULTS = new SnapshotLimits(256, 32, 1024, 4096, 1024, 256, 16384, 32768);
}
