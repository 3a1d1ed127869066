package dev.farmguard.collector.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmguard.collector.config.Cidr;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one IP-literal parser: what the JDK accepts as a literal, minus zone ids, host names and lookups. */
class IpLiteralTest {

    @ParameterizedTest
    @ValueSource(strings = {"::", "::1", "2001:db8::", "2001:db8:0:1:2:3:4:5", "fe80::1:2", "1::", "::ffff:1.2.3.4",
        "64:ff9b::192.0.2.33", "2001:DB8:a:B::c", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "1.2.3.4", "0.0.0.0",
        "255.255.255.255", "203.0.113.7", "::1.2.3.4"})
    void literalsGiveTheSameAddressAsTheJdk(String text) throws Exception {
        // the test may call the JDK: a literal is never looked up, and this is the reference
        assertThat(IpLiteral.parse(text)).contains(InetAddress.getByName(text));
        assertThat(IpLiteral.address(text)).isEqualTo(InetAddress.getByName(text));
    }

    @Test
    void ipv4MappedAddressesKeepTheirSixteenBytes() {
        assertThat(IpLiteral.bytes("::ffff:1.2.3.4")).hasSize(16);
        assertThat(IpLiteral.ipv6("::ffff:1.2.3.4")).containsExactly(0L, 0xFFFF_0102_0304L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"face.b00c", "cafe.babe", "localhost", "example.com", "dead.beef.c0de", "face:b00c",
        "fe80::1%eth0", "fe80::1%1", "[::1", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1..2.3", "01234.1.1.1", "a.b.c.d",
        "0x7f.0.0.1", "1.2.3.4/32", "١.٢.٣.٤", "::١", ":::", "1:::2", "1::2::3", "12345::", "g::", ":1::",
        "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "1::2:", "::1.2.3", "1.2.3.4::", "", "  "})
    void anythingElseIsEmptyAndNeverLookedUp(String text) {
        assertThat(IpLiteral.parse(text)).isEmpty();
        assertThatThrownBy(() -> IpLiteral.bytes(text.trim())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parseAcceptsBracketsAndSurroundingSpaceAsAgentsWriteThem() throws Exception {
        assertThat(IpLiteral.parse(" [::1] ")).contains(InetAddress.getByName("::1"));
        assertThat(IpLiteral.parse(" 10.0.0.1\t")).contains(InetAddress.getByName("10.0.0.1"));
        assertThat(IpLiteral.parse(null)).isEmpty();
    }

    @Test
    void configuredNetworksUseTheSameParser() {
        assertThat(Cidr.parse("10.0.0.0/8").toString()).isEqualTo("10.0.0.0/8");
        assertThat(Cidr.parse("2001:db8::1/32").toString()).isEqualTo("2001:db8:0:0:0:0:0:0/32");
        assertThatThrownBy(() -> Cidr.parse("face.b00c/16")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("face.b00c");
        assertThatThrownBy(() -> Cidr.parse("localhost")).isInstanceOf(IllegalArgumentException.class);
    }
}
