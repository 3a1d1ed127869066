package dev.farmguard.collector.classify;

import dev.farmguard.collector.model.Display;
import java.util.List;
import java.util.Optional;

/**
 * EDID tells of an IP-KVM "monitor" that survive a new name. Each is a separate, documented function; see
 * {@link SignatureClassifier#isIpKvmDisplay} for how they combine with catalog identities.
 */
public final class EdidTells {

    public static final String DEFAULT_SERIAL = "edid.default_serial";
    public static final String ZERO_SIZE_EXTERNAL = "edid.zero_size_external";
    public static final String UNKNOWN_IDENTITY = "edid.unknown_identity";

    /** The Toshiba TC358743 bridge's default numeric serial, kept by PiKVM (old), TinyPilot and JetKVM. */
    public static final long TC358743_DEFAULT_SERIAL = 0x88888800L;
    /** PiKVM's default text serial (kvmd configs/kvmd/edid), shared by its USB gadget and GL.iNet's fork. */
    public static final String KVMD_DEFAULT_SERIAL_TEXT = "CAFEBABE";

    private static final List<String> KVM_TEXT_SERIALS = List.of(KVMD_DEFAULT_SERIAL_TEXT);

    private EdidTells() {
    }

    /**
     * The EDID carries a serial that IP-KVM firmware ships by default: numeric 0x88888800 (TC358743 default) or
     * text "CAFEBABE" (PiKVM). Strong: a firmware default, not a coincidence; it survives a changed name and product
     * code unless the operator also edits the serial. Toshiba's HDMI bridges share the numeric default, so a small
     * HDMI panel can carry it too (one portrait OLED among 71,026 real EDIDs): {@link EdidLookAlikes} sets it aside.
     */
    public static Optional<Tell> defaultSerial(EdidInfo info) {
        Evidence evidence = null;
        if (info.serialNumber() == TC358743_DEFAULT_SERIAL) {
            evidence = new Evidence(EvidenceField.EDID_SERIAL_NUMBER, String.format("0x%08x", info.serialNumber()),
                    "TC358743 default serial 0x88888800");
        } else if (KVM_TEXT_SERIALS.stream().anyMatch(s -> KvmMatcher.textEquals(s, info.serialText()))) {
            evidence = new Evidence(EvidenceField.EDID_SERIAL_TEXT, info.serialText(), "kvmd default serial CAFEBABE");
        }
        if (evidence == null) {
            return Optional.empty();
        }
        return Optional.of(new Tell(DEFAULT_SERIAL, "the display reports an IP-KVM firmware's default serial",
                List.of(evidence), "default serials of the TC358743 bridge (PiKVM blog, tiny-pilot/tinypilot "
                        + "edid_pi4.hex, jetkvm/kvm) and of PiKVM (pikvm/kvmd configs/kvmd/edid); SIGNALS.md section 2"));
    }

    /**
     * An external display that states no physical size (0x0 cm), as the TC358743 default, TinyPilot and JetKVM
     * EDIDs do. Weak alone: projectors, TVs, capture cards and cheap HDMI dongles report 0x0 too; internal panels,
     * virtual displays and displays of unknown connection stay quiet.
     */
    public static Optional<Tell> zeroSizeOnExternal(EdidInfo info, Display.Connection connection) {
        if (!info.zeroSize() || connection != Display.Connection.EXTERNAL) {
            return Optional.empty();
        }
        return Optional.of(new Tell(ZERO_SIZE_EXTERNAL, "an external display reports no physical size (0x0 cm)",
                List.of(new Evidence(EvidenceField.EDID_SIZE, "0x0 cm", "no size"),
                        new Evidence(EvidenceField.DISPLAY_CONNECTION, connection.name().toLowerCase(java.util.Locale.ROOT),
                                "external")),
                "capture bridges of IP-KVMs present 0x0 cm (SIGNALS.md section 2, tells that survive renaming)"));
    }

    /**
     * The display's identity (PNP id + product code) is not in the reference list of real monitors. Weak alone:
     * the list is a sample, and new monitors appear every month.
     */
    public static Optional<Tell> unknownIdentity(EdidInfo info, MonitorReference reference) {
        if (reference.contains(info.manufacturerId(), info.productCode())) {
            return Optional.empty();
        }
        return Optional.of(new Tell(UNKNOWN_IDENTITY, "no known real monitor has this display's identity",
                List.of(new Evidence(EvidenceField.EDID_IDENTITY, info.identity(),
                        "not in " + reference.size() + " identities of " + reference.origin())),
                "an IP-KVM presents an identity no real monitor has (SIGNALS.md section 2, tells that survive renaming)"));
    }
}
