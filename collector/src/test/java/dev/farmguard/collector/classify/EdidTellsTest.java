package dev.farmguard.collector.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.model.Display.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each EDID tell alone: fires on the tell, stays quiet on the look-alikes. */
class EdidTellsTest {

    private final MonitorReference reference = MonitorReference.of(List.of("DELA0B4", "TSB0108"), "test list");

    @Test
    void defaultSerialFiresOnBothFirmwareDefaults() {
        assertThat(EdidTells.defaultSerial(TestEdid.display().serial(0x88888800L).decode())).isPresent();
        assertThat(EdidTells.defaultSerial(TestEdid.display().serialText("cafebabe").decode())).isPresent();
        Tell t = EdidTells.defaultSerial(TestEdid.tinypilot().decode()).orElseThrow();
        assertThat(t.evidence()).extracting(Evidence::observed).containsExactly("0x88888800");
    }

    @Test
    void defaultSerialIsQuietOnRealSerials() {
        assertThat(EdidTells.defaultSerial(TestEdid.display().serial(0x01010101L).decode())).isEmpty();
        assertThat(EdidTells.defaultSerial(TestEdid.display().serial(0x88888801L).decode())).isEmpty();
        assertThat(EdidTells.defaultSerial(TestEdid.display().serialText("CAFEBABE01").decode())).isEmpty();
        assertThat(EdidTells.defaultSerial(TestEdid.display().serialText("Linux #0").decode())).isEmpty();
    }

    @Test
    void zeroSizeFiresOnlyOnExternalDisplays() {
        EdidInfo noSize = TestEdid.display().sizeCm(0, 0).decode();
        assertThat(EdidTells.zeroSizeOnExternal(noSize, Connection.EXTERNAL)).isPresent();
        assertThat(EdidTells.zeroSizeOnExternal(noSize, Connection.INTERNAL)).isEmpty();
        assertThat(EdidTells.zeroSizeOnExternal(noSize, Connection.VIRTUAL)).isEmpty();
        assertThat(EdidTells.zeroSizeOnExternal(noSize, Connection.UNKNOWN)).isEmpty();
        assertThat(EdidTells.zeroSizeOnExternal(TestEdid.display().sizeCm(60, 34).decode(), Connection.EXTERNAL))
                .isEmpty();
    }

    @Test
    void unknownIdentityFiresOnlyOutsideTheReferenceList() {
        assertThat(EdidTells.unknownIdentity(TestEdid.display().pnp("QQQ").productCode(1).decode(), reference))
                .isPresent();
        assertThat(EdidTells.unknownIdentity(TestEdid.display().pnp("DEL").productCode(0xA0B4).decode(), reference))
                .isEmpty();
        assertThat(EdidTells.unknownIdentity(TestEdid.display().pnp("TSB").productCode(0x0108).decode(), reference))
                .isEmpty();
    }

    @Test
    void theBundledReferenceHoldsTheSamplesLookAlikesButNoKvm() {
        MonitorReference bundled = MonitorReference.bundled();
        assertThat(bundled.size()).isGreaterThan(1800);
        assertThat(bundled.contains("LNX", 0x5312)).as("Lanix LX900T").isTrue();
        assertThat(bundled.contains("LNX", 0)).as("kernel built-in EDIDs").isTrue();
        assertThat(bundled.contains("TSB", 0x0108)).as("Toshiba TV").isTrue();
        assertThat(bundled.contains("LNX", 0x7771)).isFalse();
        assertThat(bundled.contains("TSB", 0x8888)).isFalse();
        assertThat(bundled.contains("TSB", 0x9876)).isFalse();
    }
}
