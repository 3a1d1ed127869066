package dev.farmguard.agent.probe.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmbiosChassisTest {

    @ParameterizedTest
    @CsvSource({
        "9, LAPTOP", "10, LAPTOP", "14, LAPTOP", "31, LAPTOP", "32, LAPTOP", "30, LAPTOP",
        "3, DESKTOP", "7, DESKTOP", "13, DESKTOP", "35, DESKTOP",
        "17, SERVER", "23, SERVER", "28, SERVER",
        "2, UNKNOWN", "1, OTHER", "12, OTHER", "137, LAPTOP",
    })
    void mapsSmbiosCodes(int code, ChassisKind expected) {
        assertThat(SmbiosChassis.fromCode(code)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "'10', Dell Inc., Latitude 7440, LAPTOP",
        "'1', QEMU, Standard PC (i440FX + PIIX 1996), VIRTUAL",
        "'1', innotek GmbH, VirtualBox, VIRTUAL",
        "'3', Microsoft Corporation, Virtual Machine, VIRTUAL",
        "'1', 'VMware, Inc.', 'VMware20,1', VIRTUAL",
        "'', '', '', UNKNOWN",
        "'x', Dell Inc., OptiPlex, UNKNOWN",
    })
    void virtualMachinesWinOverTheirChassisCode(String code, String vendor, String model, ChassisKind expected) {
        assertThat(SmbiosChassis.classify(code, vendor, model)).isEqualTo(expected);
    }
}
