package dev.farmguard.agent.probe.procfs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.testing.FakeTree;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcNetParserTest {

    private static List<NetSocket> table(String name) {
        return ProcNetParser.parse(name, FakeTree.text("/procnet/sample/" + name).lines().toList(),
                ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void parsesIpv4TcpRows() {
        List<NetSocket> tcp = table("tcp");

        assertThat(tcp).hasSize(6);
        assertThat(tcp.get(0)).isEqualTo(new NetSocket("tcp", "0.0.0.0", 5900, "0.0.0.0", 0, 0x0A, 1001));
        assertThat(tcp.get(1).localAddress()).isEqualTo("127.0.0.1");
        assertThat(tcp.get(1).localPort()).isEqualTo(631);
        assertThat(tcp.get(2)).isEqualTo(new NetSocket("tcp", "192.168.1.2", 5900, "192.168.1.100", 54321, 0x01, 1003));
        assertThat(tcp.get(0).isListener()).isTrue();
        assertThat(tcp.get(2).isConnection()).isTrue();
        assertThat(tcp.get(5).stateName()).isEqualTo("TIME_WAIT");
    }

    @Test
    void parsesIpv6RowsIncludingV4MappedAddresses() {
        List<NetSocket> tcp6 = table("tcp6");

        assertThat(tcp6).extracting(NetSocket::localAddress)
                .containsExactly("::", "::1", "::", "::ffff:192.168.1.2", "2001:db8::1");
        assertThat(tcp6.get(3).remoteAddress()).isEqualTo("::ffff:192.168.1.100");
        assertThat(tcp6.get(3).remotePort()).isEqualTo(50000);
        assertThat(tcp6.get(4).remoteAddress()).isEqualTo("2001:db8::2");
        assertThat(tcp6.get(1).localPort()).isEqualTo(3306);
    }

    @Test
    void udpUnconnectedSocketsAreListenersAndGarbageIsSkipped() {
        List<NetSocket> udp = table("udp");

        assertThat(udp).hasSize(2);
        assertThat(udp.get(0).isListener()).isTrue();
        assertThat(udp.get(0).stateName()).isEqualTo("UNCONN");
        assertThat(udp.get(0).localPort()).isEqualTo(21116);
        assertThat(udp.get(1).isListener()).isFalse();
        assertThat(udp.get(1).isConnection()).isTrue();
        assertThat(table("udp6")).isEmpty();
    }

    @Test
    void bigEndianMachinesPrintAddressesInNetworkOrder() {
        assertThat(ProcNetParser.address("7F000001", ByteOrder.BIG_ENDIAN)).isEqualTo("127.0.0.1");
        assertThat(ProcNetParser.address("0100007F", ByteOrder.LITTLE_ENDIAN)).isEqualTo("127.0.0.1");
    }
}
