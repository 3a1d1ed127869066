package dev.farmguard.agent.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReplayLineTest {

    private static final String SNAPSHOT = "{\"deviceId\":\"dev-1\",\"sequence\":\"7\",\"collectedAt\":\"2026-11-21T10:00:00Z\"}";

    @Test
    void parsesAValidLine() throws BadLineException {
        ReplayLine line = ReplayLine.parse("{\"observedIp\": \"203.0.113.7\", \"snapshot\": " + SNAPSHOT + "}", 3);

        assertThat(line.lineNumber()).isEqualTo(3);
        assertThat(line.observedIp()).isEqualTo("203.0.113.7");
        assertThat(line.deviceId()).isEqualTo("dev-1");
        assertThat(line.snapshot().getSequence()).isEqualTo(7);
        assertThat(line.snapshot().getCollectedAt().getSeconds()).isPositive();
    }

    @Test
    void acceptsIpv6AndProtoFieldNames() throws BadLineException {
        ReplayLine line = ReplayLine.parse(
                "{\"observedIp\":\"2001:db8::7\",\"snapshot\":{\"device_id\":\"d\",\"sequence\":1}}", 1);

        assertThat(line.snapshot().getDeviceId()).isEqualTo("d");
    }

    @Test
    void namesWhatIsWrongWithABadLine() {
        assertThatThrownBy(() -> ReplayLine.parse("{not json", 1)).hasMessageStartingWith("not JSON");
        assertThatThrownBy(() -> ReplayLine.parse("[1,2]", 1)).hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> ReplayLine.parse("{\"snapshot\":" + SNAPSHOT + "}", 1))
                .hasMessageContaining("\"observedIp\" is missing");
        assertThatThrownBy(() -> ReplayLine.parse("{\"observedIp\":\"999.1.1.1\",\"snapshot\":" + SNAPSHOT + "}", 1))
                .hasMessageContaining("'999.1.1.1' is not an IPv4 or IPv6 address");
        assertThatThrownBy(() -> ReplayLine.parse("{\"observedIp\":\"example.com\",\"snapshot\":" + SNAPSHOT + "}", 1))
                .hasMessageContaining("not an IPv4 or IPv6 address");
        assertThatThrownBy(() -> ReplayLine.parse("{\"observedIp\":\"10.0.0.1\"}", 1))
                .hasMessageContaining("\"snapshot\" is missing");
        assertThatThrownBy(() -> ReplayLine.parse("{\"observedIp\":\"10.0.0.1\",\"snapshot\":{\"sequence\":1}}", 1))
                .hasMessageContaining("no \"deviceId\"");
    }

    @Test
    void rejectsSnapshotsThatAreNotSnapshots() throws BadLineException {
        ReplayLine unknownField = ReplayLine.parse(
                "{\"observedIp\":\"10.0.0.1\",\"snapshot\":{\"deviceId\":\"d\",\"sequence\":1,\"colour\":\"red\"}}", 1);
        ReplayLine noSequence = ReplayLine.parse(
                "{\"observedIp\":\"10.0.0.1\",\"snapshot\":{\"deviceId\":\"d\"}}", 2);

        assertThatThrownBy(unknownField::snapshot).hasMessageContaining("not a farmguard.v1.Snapshot");
        assertThatThrownBy(noSequence::snapshot).hasMessageContaining("no positive \"sequence\"");
    }
}
