package dev.farmguard.collector.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentHintTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "process:asproxy                    | PROCESS | asproxy",
        "path:/usr/local/Astrill            | PATH    | /usr/local/Astrill",
        "path:C:\\Windows\\ASproxy64.dll    | PATH    | C:\\Windows\\ASproxy64.dll",
        "adapter:TAP-Windows Adapter V9     | ADAPTER | TAP-Windows Adapter V9",
        "service:astrill-reconnect.service  | SERVICE | astrill-reconnect.service",
        "Service:wg-quick@wg0               | SERVICE | wg-quick@wg0",
        "/Applications/Astrill.app          | ANY     | /Applications/Astrill.app",
        "C:\\Windows\\System32\\ASproxy64.dll | ANY   | C:\\Windows\\System32\\ASproxy64.dll",
        "vnc:203.0.113.9:5900               | ANY     | vnc:203.0.113.9:5900",
        "asproxy                            | ANY     | asproxy"})
    void vpnEvidenceIsKindColonValueAndAnythingElseIsAny(String evidence, AgentHint.Kind kind, String value) {
        AgentHint hint = AgentHint.parse(evidence);

        assertThat(hint.kind()).isEqualTo(kind);
        assertThat(hint.value()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "process | PROCESS", "install | PATH", "usb | USB", "'' | ANY", "telepathy | ANY"})
    void jigglerKindsAreTheSameWords(String kind, AgentHint.Kind expected) {
        assertThat(AgentHint.of(kind, "x").kind()).isEqualTo(expected);
    }
}
