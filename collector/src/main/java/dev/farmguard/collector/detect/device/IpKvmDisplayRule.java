package dev.farmguard.collector.detect.device;

import dev.farmguard.collector.classify.DisplayOutputs;
import dev.farmguard.collector.classify.EdidDecoder;
import dev.farmguard.collector.classify.EdidInfo;
import dev.farmguard.collector.classify.IpKvmDisplayJudgement;
import dev.farmguard.collector.detect.DeviceContext;
import dev.farmguard.collector.detect.DeviceRule;
import dev.farmguard.collector.detect.Findings;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Display;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Finding.Severity;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * IP-KVM behind a display output, from the EDID the "monitor" presents. {@code ip_kvm.edid_identity} (critical):
 * a catalog IP-KVM identity (PiKVM's LNX 777x "PiKVM", TinyPilot's TSB 9876...). {@code ip_kvm.edid_default_serial}
 * (high): an IP-KVM firmware's default serial under another name. {@code ip_kvm.edid_suspect} (low, weak): an
 * external display with no size (0x0 cm) and an identity no known monitor has. A KVM is only ever on an external
 * output: displays on an internal connector (eDP, LVDS, DSI, or reported internal) or virtual ones never count, even
 * with a catalog identity. TVs, projectors, AV devices and headsets (what their EDID declares, see
 * {@code EdidLookAlikes}) with 0x0 cm or a fixed serial stay quiet, as do Lanix (LNX) monitors and Toshiba panels.
 */
public final class IpKvmDisplayRule implements DeviceRule {

    private record DisplayKey(String edidHex, Display.Connection connection) {}

    @Override
    public String id() {
        return "ip_kvm";
    }

    @Override
    public List<Finding> evaluate(DeviceContext context) {
        Sightings<DisplayKey, Display> displays = Sightings.over(context.history(), IpKvmDisplayRule::withEdid,
                d -> new DisplayKey(HexFormat.of().formatHex(d.edid()), DisplayOutputs.connection(d)));
        List<Finding> out = new ArrayList<>();
        for (Sightings.Seen<Display> seen : displays.all()) {
            Display display = seen.item();
            Optional<EdidInfo> info = EdidDecoder.decode(display.edid()).info();
            if (info.isEmpty()) {
                continue;
            }
            IpKvmDisplayJudgement j = context.classifier().isIpKvmDisplay(info.get(), display);
            String rule;
            Severity severity;
            String summary;
            if (j.level() == IpKvmDisplayJudgement.Level.IP_KVM && !j.identities().isEmpty()) {
                rule = "ip_kvm.edid_identity";
                severity = Severity.CRITICAL;
                summary = "a display presents the EDID of the IP-KVM " + j.identities().get(0).signatureName();
            } else if (j.level() == IpKvmDisplayJudgement.Level.IP_KVM) {
                rule = "ip_kvm.edid_default_serial";
                severity = Severity.HIGH;
                summary = "a display reports an IP-KVM firmware's default serial under another name";
            } else if (j.level() == IpKvmDisplayJudgement.Level.SUSPECT) {
                rule = "ip_kvm.edid_suspect";
                severity = Severity.LOW;
                summary = "an external display reports no size and an identity no known monitor has";
            } else {
                continue;
            }
            EdidInfo e = info.get();
            out.add(Findings.of(rule, severity, summary)
                    .with("connector", display.connector())
                    .with("connection", display.connection())
                    .with("edidIdentity", e.identity())
                    .with("monitorName", e.monitorName())
                    .with("serial", e.serialText().isEmpty() ? String.format("0x%08x", e.serialNumber()) : e.serialText())
                    .with("sizeCm", e.horizontalCm() + "x" + e.verticalCm())
                    .with("judgement", j.toEvidenceMap())
                    .with("seenInSnapshots", seen.snapshots())
                    .with("ofSnapshots", displays.totalSnapshots())
                    .with("lastSeen", seen.lastSeen())
                    .build());
        }
        return out;
    }

    private static List<Display> withEdid(DeviceSnapshot s) {
        return s.displays().stream().filter(d -> d.edid().length > 0).toList();
    }
}
