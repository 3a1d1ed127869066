package dev.farmguard.collector.detect.fleet;

import dev.farmguard.collector.classify.DisplayOutputs;
import dev.farmguard.collector.classify.EdidDecoder;
import dev.farmguard.collector.classify.EdidInfo;
import dev.farmguard.collector.classify.IpKvmDisplayJudgement;
import dev.farmguard.collector.classify.SignatureClassifier;
import dev.farmguard.collector.classify.UsbTells;
import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.detect.IpFacts;
import dev.farmguard.collector.detect.IpIntel;
import dev.farmguard.collector.detect.Macs;
import dev.farmguard.collector.detect.ToolNames;
import dev.farmguard.collector.detect.VpnAware;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Display;
import dev.farmguard.collector.model.Network;
import dev.farmguard.collector.model.RemoteAccess;
import dev.farmguard.collector.model.UsbDevice;
import dev.farmguard.collector.model.UserSession;
import dev.farmguard.collector.net.IpLiteral;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Turns a snapshot into {@link FleetFacts}. Thread-safe; EDID judgements are cached by EDID bytes. */
public final class FleetFactsExtractor {

    static final int MAX_CACHED_EDIDS = 10_000;

    private final IpIntel ips;
    private final SignatureClassifier classifier;
    private final DetectionConfig config;
    private final Map<String, String> edidIdentities = new ConcurrentHashMap<>();

    public FleetFactsExtractor(IpIntel ips, SignatureClassifier classifier, DetectionConfig config) {
        this.ips = ips;
        this.classifier = classifier;
        this.config = config;
    }

    public FleetFacts extract(DeviceSnapshot s) {
        long time = s.collectedAt().toEpochMilli();
        IpFacts ip = ips.lookup(s.observedIp());
        boolean tunnel = VpnAware.tunnelUp(s);
        // through a tunnel the address is the VPN's (a company's full-tunnel concentrator is shared by everyone)
        // a mobile carrier's address is shared by unrelated customers behind carrier-grade NAT
        String household = ip.householdKey() == null || ip.office() || ip.vpnOrHosting() || ip.mobile() || tunnel
                ? null : ip.householdKey();
        Network n = s.network() == null ? Network.EMPTY : s.network();
        String gateway = n.gateways().stream().filter(g -> !throughTunnel(g, n)).map(g -> Macs.usableOrNull(g.mac()))
                .filter(m -> m != null).filter(m -> ips.officeGateway(m).isEmpty()).findFirst().orElse(null);
        String bssid = n.wifi() == null ? null : Macs.usableOrNull(n.wifi().bssid());
        if (bssid != null && ips.officeBssid(bssid).isPresent()) {
            bssid = null;
        }
        return new FleetFacts(s.deviceId(), time, ip, household, gateway, bssid, tunnel,
                peers(s, time), kvms(s, time));
    }

    /** A gateway reached through a VPN or virtual adapter: the VPN's, shared by all its users, not a home router. */
    private static boolean throughTunnel(Network.Gateway g, Network n) {
        return n.interfaces().stream().anyMatch(i -> i.name().equals(g.interfaceName())
                && (i.type() == Network.InterfaceType.TUNNEL || i.type() == Network.InterfaceType.VIRTUAL));
    }

    private List<FleetFacts.Sighting> peers(DeviceSnapshot s, long time) {
        List<FleetFacts.Sighting> out = new ArrayList<>();
        RemoteAccess access = s.remoteAccess() == null ? RemoteAccess.EMPTY : s.remoteAccess();
        for (RemoteAccess.LogEntry e : access.logEntries()) {
            String tool = ToolNames.catalogId(e.tool(), classifier.catalog());
            if (!e.incoming() || e.time() == null
                    || config.sanctionedSession(tool, e.remoteId(), e.remoteAddress())) {
                continue;
            }
            long seen = e.endOr(java.time.Duration.ZERO).toEpochMilli();
            if (e.remoteId() != null && !e.remoteId().isBlank()) {
                out.add(new FleetFacts.Sighting(tool + " id " + e.remoteId().trim(), seen));
            }
            address(e.remoteAddress()).ifPresent(a -> out.add(new FleetFacts.Sighting("address " + a, seen)));
        }
        for (UserSession u : s.sessions()) {
            String protocol = u.protocol() == null ? "" : u.protocol().toLowerCase(Locale.ROOT);
            if (u.kind() == UserSession.Kind.REMOTE && u.active()
                    && !config.sanctionedSession(protocol, "", u.remoteHost())) {
                address(u.remoteHost()).ifPresent(a -> out.add(new FleetFacts.Sighting("address " + a, time)));
            }
        }
        return out;
    }

    /** A peer address worth comparing across laptops: public, not a VPN or hosting exit many people share. */
    private java.util.Optional<String> address(String text) {
        IpFacts f = ips.lookup(text);
        return f.householdKey() == null || f.vpnOrHosting() || f.office() ? java.util.Optional.empty()
                : IpLiteral.parse(text).map(a -> a.getHostAddress());
    }

    private List<FleetFacts.Sighting> kvms(DeviceSnapshot s, long time) {
        List<FleetFacts.Sighting> out = new ArrayList<>();
        for (UsbDevice d : s.usbDevices()) {
            if (!classifier.usbKvms(d).isEmpty() || UsbTells.compositeGadget(d).isPresent()) {
                out.add(new FleetFacts.Sighting("usb " + d.vidPid() + " \"" + d.manufacturer() + "\" \""
                        + d.product() + "\" serial \"" + d.serial() + "\"", time));
            }
        }
        for (Display d : s.displays()) {
            byte[] edid = d.edid();
            if (edid.length == 0) {
                continue;
            }
            Display.Connection connection = DisplayOutputs.connection(d);
            String key = connection + HexFormat.of().formatHex(edid);
            String identity = edidIdentities.get(key);
            if (identity == null) {
                identity = kvmEdidIdentity(edid, connection);
                if (edidIdentities.size() >= MAX_CACHED_EDIDS) {
                    edidIdentities.clear();
                }
                edidIdentities.put(key, identity);
            }
            if (!identity.isEmpty()) {
                out.add(new FleetFacts.Sighting(identity, time));
            }
        }
        return out;
    }

    /** "edid ..." for a display judged IP-KVM, the same marked weak for a suspect one, "" otherwise. */
    private String kvmEdidIdentity(byte[] edid, Display.Connection connection) {
        java.util.Optional<EdidInfo> info = EdidDecoder.decode(edid).info();
        if (info.isEmpty()) {
            return "";
        }
        IpKvmDisplayJudgement j = classifier.isIpKvmDisplay(info.get(), connection);
        if (j.level() == IpKvmDisplayJudgement.Level.NONE) {
            return "";
        }
        EdidInfo e = info.get();
        String key = "edid " + e.identity() + " \"" + e.monitorName() + "\" serial " + String.format("0x%08x", e.serialNumber())
                + (e.serialText().isEmpty() ? "" : " \"" + e.serialText() + "\"");
        return j.level() == IpKvmDisplayJudgement.Level.SUSPECT ? KvmSightings.weak(key) : key;
    }
}
