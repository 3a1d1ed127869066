package dev.farmguard.collector.classify;

import java.nio.charset.StandardCharsets;

/**
 * A test-only EDID builder: a valid 128-byte base block (plus empty extension blocks when asked) from the
 * documented fields of a display. Used to build the EDIDs IP-KVMs present from the facts in SIGNALS.md instead
 * of copying their firmware files.
 */
final class TestEdid {

    private String pnp = "DEL";
    private int productCode = 0x1234;
    private long serial;
    private int week = 10;
    private int year = 2020;
    private int versionMinor = 3;
    private boolean digital = true;
    private int hCm = 53;
    private int vCm = 30;
    private String name = "";
    private String serialText = "";
    private final java.util.List<String> unspecified = new java.util.ArrayList<>();
    private int extensions;
    private boolean breakChecksum;
    private int preferredWidth = 1920;
    private int preferredHeight = 1080;
    private boolean preferredInterlaced;
    private final java.util.List<byte[]> ctaBlocks = new java.util.ArrayList<>();
    private byte[] secondExtension;

    static TestEdid display() {
        return new TestEdid();
    }

    /** PiKVM's EDID (pikvm/kvmd configs/kvmd/edid): LNX, 0x7770-0x7773, text serial CAFEBABE, week 35/2016, 53x30 cm. */
    static TestEdid pikvm(int productCode, String name) {
        return display().pnp("LNX").productCode(productCode).serial(0x01010101L).week(35).year(2016).sizeCm(53, 30)
                .name(name).serialText("CAFEBABE").extensions(1);
    }

    /** The TC358743 bridge's default EDID: TSB 0x8888, serial 0x88888800, week 28/2011, 0x0 cm. */
    static TestEdid tc358743(String name) {
        return display().pnp("TSB").productCode(0x8888).serial(0x88888800L).week(28).year(2011).sizeCm(0, 0)
                .name(name).extensions(1);
    }

    /** TinyPilot's EDID (tiny-pilot/tinypilot edid_pi4.hex): TSB 0x9876, serial 0x88888800, week 45/2020, 0x0 cm. */
    static TestEdid tinypilot() {
        return display().pnp("TSB").productCode(0x9876).serial(0x88888800L).week(45).year(2020).sizeCm(0, 0)
                .name("TinyPilot").extensions(1);
    }

    /** JetKVM's EDID (jetkvm/kvm): TSB 0x8801, name T749-fHD720, serial 0x88888800, week 28/2011, 0x0 cm. */
    static TestEdid jetkvm() {
        return display().pnp("TSB").productCode(0x8801).serial(0x88888800L).week(28).year(2011).sizeCm(0, 0)
                .name("T749-fHD720");
    }

    /** Sipeed NanoKVM's EDID: SPD 0x3301, name NanoKVM, text serial NanoKVM, 48x27 cm. */
    static TestEdid nanokvm() {
        return display().pnp("SPD").productCode(0x3301).sizeCm(48, 27).name("NanoKVM").serialText("NanoKVM");
    }

    TestEdid pnp(String v) { pnp = v; return this; }
    TestEdid productCode(int v) { productCode = v; return this; }
    TestEdid serial(long v) { serial = v; return this; }
    TestEdid week(int v) { week = v; return this; }
    TestEdid year(int v) { year = v; return this; }
    TestEdid versionMinor(int v) { versionMinor = v; return this; }
    TestEdid analog() { digital = false; return this; }
    TestEdid sizeCm(int h, int v) { hCm = h; vCm = v; return this; }
    TestEdid name(String v) { name = v; return this; }
    TestEdid serialText(String v) { serialText = v; return this; }
    TestEdid unspecifiedText(String v) { unspecified.add(v); return this; }
    TestEdid extensions(int v) { extensions = v; return this; }
    TestEdid badChecksum() { breakChecksum = true; return this; }
    /** The preferred detailed timing's active pixels (per field when interlaced). */
    TestEdid preferred(int w, int h, boolean interlaced) {
        preferredWidth = w; preferredHeight = h; preferredInterlaced = interlaced; return this;
    }
    /** Adds CTA-861 data blocks to the first extension (made one if there is none). */
    TestEdid cta(byte[]... blocks) {
        ctaBlocks.addAll(java.util.List.of(blocks)); extensions = Math.max(extensions, 1); return this;
    }
    /** A raw second extension block (e.g. DisplayID), 128 bytes. */
    TestEdid secondExtension(byte[] block) { secondExtension = block; extensions = 2; return this; }

    /** A CTA-861 video data block with these VICs. */
    static byte[] videoBlock(int... vics) {
        byte[] b = new byte[1 + vics.length];
        b[0] = (byte) (2 << 5 | vics.length);
        for (int i = 0; i < vics.length; i++) {
            b[1 + i] = (byte) vics[i];
        }
        return b;
    }

    /** A CTA-861 audio data block with one short audio descriptor (format 1 = LPCM, 2 = AC-3, 7 = DTS...). */
    static byte[] audioBlock(int format, int channels) {
        return new byte[] {(byte) (1 << 5 | 3), (byte) (format << 3 | (channels - 1)), 0x07, 0x07};
    }

    /** A CTA-861 speaker allocation data block (bit 0 front left/right, bit 1 LFE, bit 2 front centre...). */
    static byte[] speakerBlock(int allocation) {
        return new byte[] {(byte) (4 << 5 | 3), (byte) allocation, 0, 0};
    }

    /** A CTA-861 vendor-specific data block with this OUI (000C03 = HDMI 1.4, CA125C = Microsoft HMD). */
    static byte[] vendorBlock(int oui) {
        return new byte[] {(byte) (3 << 5 | 5), (byte) oui, (byte) (oui >> 8), (byte) (oui >> 16), 0x10, 0x00};
    }

    /**
     * What a TC358743 capture bridge declares in its CTA block (PiKVM's and TinyPilot's EDIDs): progressive formats
     * up to 1080p60, the HDMI 1.4 vendor block, stereo PCM.
     */
    static TestEdid withCaptureBridgeBlocks(TestEdid edid) {
        return edid.cta(videoBlock(1, 2, 3, 4, 16, 17, 18, 19, 31, 32, 33, 34, 60, 61, 62), vendorBlock(0x000C03),
                audioBlock(1, 2));
    }

    byte[] bytes() {
        byte[] e = new byte[128 * (1 + extensions)];
        byte[] header = {0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0};
        System.arraycopy(header, 0, e, 0, 8);
        int packed = (letter(pnp.charAt(0)) << 10) | (letter(pnp.charAt(1)) << 5) | letter(pnp.charAt(2));
        e[8] = (byte) (packed >> 8);
        e[9] = (byte) packed;
        e[10] = (byte) productCode;
        e[11] = (byte) (productCode >> 8);
        for (int i = 0; i < 4; i++) {
            e[12 + i] = (byte) (serial >> (8 * i));
        }
        e[16] = (byte) week;
        e[17] = (byte) (year - 1990);
        e[18] = 1;
        e[19] = (byte) versionMinor;
        e[20] = (byte) (digital ? 0x80 : 0x00);
        e[21] = (byte) hCm;
        e[22] = (byte) vCm;
        // a detailed timing first (1920x1080@60, 148.5 MHz), then up to three text descriptors
        byte[] dtd = {0x02, 0x3A, (byte) 0x80, 0x18, 0x71, 0x38, 0x2D, 0x40, 0x58, 0x2C, 0x45, 0x00, 0x0F, 0x28,
                0x21, 0x00, 0x00, 0x1E};
        dtd[2] = (byte) preferredWidth;
        dtd[4] = (byte) ((dtd[4] & 0x0F) | ((preferredWidth >> 8) & 0x0F) << 4);
        dtd[5] = (byte) preferredHeight;
        dtd[7] = (byte) ((dtd[7] & 0x0F) | ((preferredHeight >> 8) & 0x0F) << 4);
        if (preferredInterlaced) {
            dtd[17] |= (byte) 0x80;
        }
        System.arraycopy(dtd, 0, e, 54, 18);
        int slot = 72;
        if (!serialText.isEmpty()) {
            slot = text(e, slot, 0xFF, serialText);
        }
        for (String u : unspecified) {
            slot = text(e, slot, 0xFE, u);
        }
        if (!name.isEmpty()) {
            slot = text(e, slot, 0xFC, name);
        }
        while (slot < 126) {
            e[slot + 3] = 0x10; // dummy descriptor
            slot += 18;
        }
        e[126] = (byte) extensions;
        int sum = 0;
        for (int i = 0; i < 127; i++) {
            sum += e[i] & 0xFF;
        }
        e[127] = (byte) ((256 - (sum & 0xFF)) & 0xFF);
        if (breakChecksum) {
            e[127] ^= 0x01;
        }
        for (int x = 1; x <= extensions; x++) {
            e[128 * x] = 0x02; // CTA-861 tag, otherwise empty
            e[128 * x + 1] = 0x03;
            e[128 * x + 2] = 0x04;
        }
        if (extensions > 0) {
            int at = 128 + 4;
            for (byte[] block : ctaBlocks) {
                System.arraycopy(block, 0, e, at, block.length);
                at += block.length;
            }
            e[128 + 2] = (byte) (at - 128);
        }
        if (secondExtension != null) {
            System.arraycopy(secondExtension, 0, e, 256, 128);
        }
        return e;
    }

    EdidInfo decode() {
        return EdidDecoder.decode(bytes()).info().orElseThrow();
    }

    private static int text(byte[] e, int slot, int tag, String text) {
        if (slot > 108) {
            throw new IllegalStateException("no descriptor slot left for " + text);
        }
        e[slot + 3] = (byte) tag;
        byte[] t = (text.length() < 13 ? text + "\n" : text.substring(0, 13)).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 13; i++) {
            e[slot + 5 + i] = i < t.length ? t[i] : 0x20;
        }
        return slot + 18;
    }

    private static int letter(char c) {
        return c - '@';
    }
}
