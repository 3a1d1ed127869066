package dev.farmguard.collector.classify;

import dev.farmguard.collector.catalog.Catalog;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Display;
import dev.farmguard.collector.model.Jiggler;
import dev.farmguard.collector.model.Network;
import dev.farmguard.collector.model.RemoteAccess;
import dev.farmguard.collector.model.UsbDevice;
import java.util.ArrayList;
import java.util.List;

/**
 * Classifies raw facts of the collector's model against one catalog. Immutable and thread-safe: build one per
 * catalog version (patterns are compiled once) and share it; a catalog update means a new classifier.
 */
public final class SignatureClassifier {

    private final Catalog catalog;
    private final KvmMatcher kvms;
    private final IpKvmDisplayJudge displayJudge;
    private final RemoteToolMatcher remoteTools;
    private final VpnMatcher vpns;
    private final JigglerMatcher jigglers;
    private final LiveSessionMatcher liveSessions;

    public SignatureClassifier(Catalog catalog, MonitorReference monitors) {
        this.catalog = catalog;
        this.kvms = new KvmMatcher(catalog.kvms());
        this.displayJudge = new IpKvmDisplayJudge(kvms, monitors);
        this.remoteTools = new RemoteToolMatcher(catalog.remoteTools());
        this.vpns = new VpnMatcher(catalog.vpns());
        this.jigglers = new JigglerMatcher(catalog.jigglers());
        this.liveSessions = new LiveSessionMatcher(catalog.remoteTools());
    }

    /** A classifier over {@code catalog} with the bundled reference list of real monitors. */
    public static SignatureClassifier of(Catalog catalog) {
        return new SignatureClassifier(catalog, MonitorReference.bundled());
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Catalog KVMs this USB device is (USB identity, or the SCSI vendor of its virtual drive). */
    public List<SignatureMatch> usbKvms(UsbDevice device) {
        return kvms.matchUsb(device);
    }

    /** Catalog KVMs whose EDID identity (PNP id, product code, name, serials per EdidMatch) this display presents. */
    public List<SignatureMatch> edidKvms(EdidInfo edid) {
        return kvms.matchEdid(edid);
    }

    /** Catalog remote-access tools found by process, path, command line, service, install path or socket. */
    public List<SignatureMatch> remoteTools(RemoteAccess access) {
        return remoteTools.match(access);
    }

    /** Remote tools whose session is in progress in this snapshot (a session process, or a relay connection). */
    public List<LiveSession> liveSessions(RemoteAccess access) {
        return access == null ? List.of() : liveSessions.match(access);
    }

    /** Catalog VPN clients found by process, service, install path, adapter, or the agent's re-checked hints. */
    public List<SignatureMatch> vpnClients(Network network, RemoteAccess access) {
        return vpns.match(network, access);
    }

    /** Catalog jigglers found by process, install path, USB identity, or the agent's re-checked hints. */
    public List<SignatureMatch> jigglers(List<Jiggler> observations, List<UsbDevice> usbDevices, RemoteAccess access) {
        return jigglers.match(observations, usbDevices, access);
    }

    /**
     * The EDID-based IP-KVM judgement ({@link IpKvmDisplayJudge}): {@code IP_KVM} on a catalog EDID identity or an
     * IP-KVM firmware's default serial ({@link EdidTells#defaultSerial}); {@code SUSPECT} when the two weak tells fire
     * together (no size on an external display, {@link EdidTells#zeroSizeOnExternal}, and an identity no known
     * monitor has, {@link EdidTells#unknownIdentity}); else {@code NONE}. Nothing counts on an internal or virtual
     * display, and the tells do not count on a TV, projector, AV device or headset ({@link EdidLookAlikes}).
     */
    public IpKvmDisplayJudgement isIpKvmDisplay(EdidInfo edid, Display.Connection connection) {
        return displayJudge.judge(edid, connection);
    }

    /** The judgement for a display as the agent reported it; its connector name can make it internal. */
    public IpKvmDisplayJudgement isIpKvmDisplay(EdidInfo edid, Display display) {
        return displayJudge.judge(edid, DisplayOutputs.connection(display));
    }

    /** Everything at once for one snapshot. */
    public DeviceClassification classify(DeviceSnapshot snapshot) {
        List<DeviceClassification.UsbFinding> usbKvms = new ArrayList<>();
        List<DeviceClassification.UsbTell> usbTells = new ArrayList<>();
        for (UsbDevice device : snapshot.usbDevices()) {
            usbKvms(device).forEach(m -> usbKvms.add(new DeviceClassification.UsbFinding(device, m)));
            UsbTells.compositeGadget(device).ifPresent(t -> usbTells.add(new DeviceClassification.UsbTell(device, t)));
        }
        List<DeviceClassification.DisplayFinding> displays = new ArrayList<>();
        for (Display display : snapshot.displays()) {
            byte[] raw = display.edid();
            if (raw.length == 0) {
                continue;
            }
            EdidDecodeResult decoded = EdidDecoder.decode(raw);
            IpKvmDisplayJudgement judgement = decoded.info()
                    .map(info -> isIpKvmDisplay(info, display)).orElse(null);
            displays.add(new DeviceClassification.DisplayFinding(display, decoded, judgement));
        }
        RemoteAccess access = snapshot.remoteAccess() == null ? RemoteAccess.EMPTY : snapshot.remoteAccess();
        Network network = snapshot.network() == null ? Network.EMPTY : snapshot.network();
        return new DeviceClassification(usbKvms, usbTells, displays, remoteTools(access),
                vpnClients(network, access), jigglers(snapshot.jigglers(), snapshot.usbDevices(), access));
    }
}
