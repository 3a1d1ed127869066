package dev.farmguard.collector.classify;

import dev.farmguard.collector.model.Display;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Judges whether a display is the "monitor" an IP-KVM presents, by principles that hold beyond the catalog:
 * <ol>
 *   <li>A KVM is only ever attached to an external output: on an internal connection (or a virtual display) nothing
 *   counts, not even a catalog identity (dual-screen laptops' second panel can carry a TC358743 bridge's EDID).</li>
 *   <li>A catalog KVM identity on an external (or unknown) output is an IP-KVM.</li>
 *   <li>A firmware's default serial or no size (0x0 cm) only counts when the EDID does not describe a TV, projector,
 *   AV device or headset ({@link EdidLookAlikes#avSink}): those report 0x0 cm and fixed serials too.</li>
 * </ol>
 */
final class IpKvmDisplayJudge {

    private final KvmMatcher kvms;
    private final MonitorReference monitors;

    IpKvmDisplayJudge(KvmMatcher kvms, MonitorReference monitors) {
        this.kvms = kvms;
        this.monitors = monitors;
    }

    IpKvmDisplayJudgement judge(EdidInfo edid, Display.Connection connection) {
        List<SignatureMatch> identities = kvms.matchEdid(edid);
        if (connection == Display.Connection.INTERNAL || connection == Display.Connection.VIRTUAL) {
            Evidence where = new Evidence(EvidenceField.DISPLAY_CONNECTION,
                    connection.name().toLowerCase(Locale.ROOT), "not an external output");
            return new IpKvmDisplayJudgement(IpKvmDisplayJudgement.Level.NONE, identities, List.of(), List.of(where));
        }
        Optional<Tell> avSink = EdidLookAlikes.avSink(edid);
        List<Evidence> notKvm = avSink.map(Tell::evidence).orElse(List.of());
        List<Tell> tells = new ArrayList<>();
        boolean defaultSerial = add(tells, EdidTells.defaultSerial(edid));
        boolean zeroSize = add(tells, EdidTells.zeroSizeOnExternal(edid, connection));
        boolean unknown = connection == Display.Connection.EXTERNAL
                && add(tells, EdidTells.unknownIdentity(edid, monitors));
        boolean tellsCount = avSink.isEmpty();
        IpKvmDisplayJudgement.Level level;
        if (!identities.isEmpty() || defaultSerial && tellsCount) {
            level = IpKvmDisplayJudgement.Level.IP_KVM;
        } else if (zeroSize && unknown && tellsCount) {
            level = IpKvmDisplayJudgement.Level.SUSPECT;
        } else {
            level = IpKvmDisplayJudgement.Level.NONE;
        }
        return new IpKvmDisplayJudgement(level, identities, tells, notKvm);
    }

    private static boolean add(List<Tell> tells, Optional<Tell> tell) {
        tell.ifPresent(tells::add);
        return tell.isPresent();
    }
}
