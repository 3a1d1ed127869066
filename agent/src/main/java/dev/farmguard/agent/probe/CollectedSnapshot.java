package dev.farmguard.agent.probe;

import dev.farmguard.agent.probe.display.DisplayInfo;
import dev.farmguard.agent.probe.identity.IdentityInfo;
import dev.farmguard.agent.probe.input.InputActivityInfo;
import dev.farmguard.agent.probe.jiggler.JigglerInfo;
import dev.farmguard.agent.probe.locale.LocaleInfo;
import dev.farmguard.agent.probe.network.NetworkInfo;
import dev.farmguard.agent.probe.power.PowerInfo;
import dev.farmguard.agent.probe.remote.RemoteAccessInfo;
import dev.farmguard.agent.probe.session.SessionInfo;
import dev.farmguard.agent.probe.usb.UsbDeviceInfo;
import java.time.Instant;
import java.util.List;

/**
 * What one collection read. A family whose probe failed is null (single records) or empty (lists), and
 * its reason is in {@code failures}.
 *
 * @param collectedAt when the collection started (event time)
 */
public record CollectedSnapshot(
        Instant collectedAt,
        IdentityInfo identity,
        List<UsbDeviceInfo> usbDevices,
        List<DisplayInfo> displays,
        RemoteAccessInfo remoteAccess,
        List<SessionInfo> sessions,
        InputActivityInfo input,
        PowerInfo power,
        NetworkInfo network,
        LocaleInfo locale,
        List<JigglerInfo> jigglers,
        List<ProbeFailure> failures) {

    public CollectedSnapshot {
        usbDevices = usbDevices == null ? List.of() : List.copyOf(usbDevices);
        displays = displays == null ? List.of() : List.copyOf(displays);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        jigglers = jigglers == null ? List.of() : List.copyOf(jigglers);
        failures = List.copyOf(failures);
    }
}
