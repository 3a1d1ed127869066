package dev.farmguard.collector.model;

import java.time.Instant;
import java.util.List;

/**
 * One reading of one device, as stored.
 *
 * @param observedIp public address the collector saw the agent connect from (after PROXY v2), may be null
 */
public record DeviceSnapshot(
        String deviceId,
        long sequence,
        Instant collectedAt,
        String agentVersion,
        String catalogVersion,
        String observedIp,
        Identity identity,
        List<UsbDevice> usbDevices,
        List<Display> displays,
        RemoteAccess remoteAccess,
        List<UserSession> sessions,
        InputActivity input,
        Power power,
        Network network,
        Locale locale,
        List<Jiggler> jigglers,
        List<ProbeError> probeErrors,
        long droppedSnapshotsTotal) {

    public DeviceSnapshot {
        usbDevices = List.copyOf(usbDevices);
        displays = List.copyOf(displays);
        sessions = List.copyOf(sessions);
        jigglers = List.copyOf(jigglers);
        probeErrors = List.copyOf(probeErrors);
    }

    /** A copy carrying the address the collector observed. */
    public DeviceSnapshot withObservedIp(String ip) {
        return new DeviceSnapshot(deviceId, sequence, collectedAt, agentVersion, catalogVersion, ip, identity,
                usbDevices, displays, remoteAccess, sessions, input, power, network, locale, jigglers,
                probeErrors, droppedSnapshotsTotal);
    }

    public record ProbeError(String probe, String message) {}
}
