package dev.farmguard.collector.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The decoder must read every EDID of the linuxhw sample the way the reference decoder edid-decode does
 * (manufacturer, product code, serial, monitor name, size). The expected values come from
 * {@code classify/edid/make-expected.sh}, so this test needs no edid-decode.
 */
class EdidDecoderAgreementTest {

    @Test
    void agreesWithEdidDecodeOnTheWholeLinuxhwSample() {
        List<LinuxhwSample.Entry> entries = LinuxhwSample.entries();
        Map<String, LinuxhwSample.Expected> expected = LinuxhwSample.expected();
        assertThat(entries).hasSize(2660);
        assertThat(expected).hasSize(2660);

        List<String> disagreements = new ArrayList<>();
        for (LinuxhwSample.Entry entry : entries) {
            LinuxhwSample.Expected want = expected.get(entry.path());
            EdidDecodeResult result = EdidDecoder.decode(entry.edid());
            if (want == null || !result.ok()) {
                disagreements.add(entry.path() + ": " + (want == null ? "no expected row" : result.error()));
                continue;
            }
            EdidInfo got = result.info().orElseThrow();
            String gotLine = String.join("|", got.manufacturerId(), String.valueOf(got.productCode()),
                    String.valueOf(got.serialNumber()), got.monitorName(), got.horizontalCm() + "x" + got.verticalCm());
            String wantLine = String.join("|", want.manufacturer(), String.valueOf(want.productCode()),
                    String.valueOf(want.serial()), want.monitorName(), want.horizontalCm() + "x" + want.verticalCm());
            if (!gotLine.equals(wantLine)) {
                disagreements.add(entry.path() + ": decoder " + gotLine + " edid-decode " + wantLine);
            }
        }
        assertThat(disagreements).as("EDIDs read differently from edid-decode").isEmpty();
    }
}
