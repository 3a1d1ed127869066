package dev.farmguard.agent.probe.usb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.testing.FakeTree;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HidReportDescriptorTest {

    @ParameterizedTest(name = "{0}: absolute={1} relative={2}")
    @CsvSource({
        "boot-mouse, false, true",
        "absolute-mouse, true, false",
        "absolute-usage-range, true, false",
        "absolute-extended-usage, true, false",
        "touchscreen, true, false",
        "keyboard-and-absolute-mouse, true, false",
        "joystick, false, false",
        "keyboard, false, false",
        "truncated, false, false",
    })
    void tellsAbsoluteFromRelativePointers(String fixture, boolean absolute, boolean relative) {
        byte[] descriptor = FakeTree.hexResource("/hid/" + fixture + "/report_descriptor.hex");

        HidReportDescriptor.Capabilities capabilities = HidReportDescriptor.parse(descriptor);

        assertThat(capabilities.absolutePointer()).isEqualTo(absolute);
        assertThat(capabilities.relativePointer()).isEqualTo(relative);
    }

    @ParameterizedTest
    @CsvSource({"''", "FE", "FE 05 00 01", "0B 30 00", "C0 C0 C0"})
    void malformedInputNeverThrows(String hex) {
        byte[] bytes = java.util.HexFormat.of().parseHex(hex.replace(" ", ""));

        assertThat(HidReportDescriptor.parse(bytes).absolutePointer()).isFalse();
    }
}
