package dev.farmguard.agent.probe.macos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IoregTextTest {

    private static final String PLATFORM = """
            +-o J314sAP  <class IOPlatformExpertDevice, id 0x100000219, registered, matched, active, busy 0 (122 ms), retain 39>
                {
                  "IOPlatformSerialNumber" = "C02FK1ABQ6L4"
                  "model" = <"MacBookPro18,3">
                  "manufacturer" = <"Apple Inc.">
                  "IOPlatformUUID" = "5C1A9E3B-27D4-5F6A-9B1C-0D2E3F4A5B6C"
                  "target-type" = <"J314s">
                  "IOBusyInterest" = "IOCommand is not serializable"
                  "clock-frequency" = <00366e01>
                  "compatible" = <"J314sAP","MacBookPro18,3","AppleARM">
                  "IOPlatformArgs" = <00000000000000000000000000000000>
                  "IOPolledInterface" = "AppleARMWatchdogTimerHibernateHandler is not serializable"
                  "IOInterruptSpecifiers" = (<0c00000000000000>,<0d00000000000000>)
                  "IOPowerManagement" = {"CapabilityFlags"=2,"MaxPowerState"=2,"CurrentPowerState"=2}
                  "IOConsoleSecurityInterest" = "IOCommand is not serializable"
                  "Built-In" = Yes
                  "IOPlatformFeatureDefaults" = {"IOSkipPowerStates"=No}
                  "sessionID" = 18446744073709551615
                  "name" = <"device-tree">
                }
            """;

    @Test
    void readsTheValueKinds() {
        List<IoregNode> roots = IoregText.parse(PLATFORM);

        assertThat(roots).hasSize(1);
        IoregNode node = roots.get(0);
        assertThat(node.name()).isEqualTo("J314sAP");
        assertThat(node.className()).isEqualTo("IOPlatformExpertDevice");
        assertThat(node.registryId()).isEqualTo("0x100000219");
        assertThat(node.string("IOPlatformSerialNumber")).contains("C02FK1ABQ6L4");
        assertThat(node.string("model")).as("data holding text").contains("MacBookPro18,3");
        assertThat(node.data("clock-frequency")).hasValueSatisfying(b -> assertThat(b).containsExactly(0, 0x36, 0x6e, 1));
        assertThat(node.bool("Built-In")).contains(true);
        assertThat(node.dictionary("IOPowerManagement")).contains(
                Map.of("CapabilityFlags", 2L, "MaxPowerState", 2L, "CurrentPowerState", 2L));
        assertThat(node.properties().get("IOInterruptSpecifiers")).isInstanceOf(List.class);
        assertThat(node.number("sessionID")).as("unsigned 64-bit wraps").contains(-1L);
        assertThat(node.string("compatible")).as("several C strings in one data value")
                .hasValueSatisfying(text -> assertThat(text).contains("MacBookPro18,3"));
    }

    @Test
    void nestsEntriesByTheColumnOfTheirMarker() {
        String output = """
                +-o A@1  <class IOUSBHostDevice, id 0x1, registered, matched, active, busy 0 (1 ms), retain 9>
                  | {
                  |   "idVendor" = 1
                  | }
                  | 
                  +-o B@0  <class IOUSBHostInterface, id 0x2, registered, matched, active, busy 0 (0 ms), retain 9>
                  | | {
                  | |   "bInterfaceClass" = 3
                  | | }
                  | | 
                  | +-o C  <class AppleUserHIDDevice, id 0x3, registered, matched, active, busy 0 (0 ms), retain 9>
                  |     { "ReportDescriptor" = <05010902> }
                  +-o D@1  <class IOUSBHostInterface, id 0x4, registered, matched, active, busy 0 (0 ms), retain 9>
                        "bInterfaceClass" = 8
                +-o E@2  <class IOUSBHostDevice, id 0x5, registered, matched, active, busy 0 (1 ms), retain 9>
                """;

        List<IoregNode> roots = IoregText.parse(output);

        assertThat(roots).extracting(IoregNode::name).containsExactly("A@1", "E@2");
        IoregNode a = roots.get(0);
        assertThat(a.children()).extracting(IoregNode::name).containsExactly("B@0", "D@1");
        assertThat(a.children().get(0).children().get(0).data("ReportDescriptor"))
                .hasValueSatisfying(b -> assertThat(b).hasSize(4));
        assertThat(a.children().get(1).number("bInterfaceClass")).contains(8L);
        assertThat(IoregText.all(output)).hasSize(5);
    }

    @Test
    void keepsOddValuesAsText() {
        assertThat(IoregText.parseValue("`object 0xffffff8011947480, vt 0xffffff80008658b0 <vtable for IOCommand>`"))
                .isInstanceOf(String.class);
        assertThat(IoregText.parseValue("\"a \"quoted\" word\"")).isEqualTo("a \"quoted\" word");
        assertThat(IoregText.parseValue("<>")).isEqualTo(new byte[0]);
        assertThat(IoregText.parseValue("<\"text\">")).isEqualTo("text".getBytes(StandardCharsets.UTF_8));
        assertThat(IoregText.parseValue("{\"a\"=(1,2),\"b\"={\"c\"=\"d\"}}"))
                .isEqualTo(Map.of("a", List.of(1L, 2L), "b", Map.of("c", "d")));
    }
}
