package dev.farmguard.collector.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpLiteralsTest {

  @ParameterizedTest
  @ValueSource(strings = {"::", "::1", "2001:db8::", "2001:db8:0:1:2:3:4:5", "fe80::1:2", "1::", "::ffff:1.2.3.4",
      "64:ff9b::192.0.2.33", "2001:DB8:a:B::c", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8"})
  void ipv6MatchesTheJdk(String text) throws Exception {
    long[] mine = IpLiterals.parseIpv6(text);
    byte[] jdk = InetAddress.getByName(text).getAddress();
    if (jdk.length == 4) { // the JDK turns ::ffff:a.b.c.d into an IPv4 address
      assertThat(mine[0]).isZero();
      assertThat(mine[1]).isEqualTo(0xFFFF_0000_0000L | (IpLiterals.parseIpv4("1.2.3.4") & 0xFFFF_FFFFL));
      return;
    }
    assertThat(mine).containsExactly(IpLiterals.toLongs((Inet6Address) InetAddress.getByAddress(jdk)));
  }

  @ParameterizedTest
  @ValueSource(strings = {":::", "1:::2", "1::2::3", "12345::", "g::", ":1::", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7",
      "1::2:", "::1.2.3", "1.2.3.4::"})
  void badIpv6IsRejected(String text) {
    assertThatThrownBy(() -> IpLiterals.parseIpv6(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.2.3", "1.2.3.4.5", "256.1.1.1", "1..2.3", "01234.1.1.1", "a.b.c.d", "1.2.3.4 ", ""})
  void badIpv4IsRejected(String text) {
    assertThatThrownBy(() -> IpLiterals.parseIpv4(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cidrRangesCoverTheirNetworks() {
    IpLiterals.Cidr v4 = IpLiterals.parseCidr("255.255.255.0/24");
    assertThat(v4.lo()).isEqualTo(0xFFFF_FF00L);
    assertThat(v4.ipv4End()).isEqualTo(0xFFFF_FFFFL);
    assertThat(IpLiterals.parseCidr("0.0.0.0/0").ipv4End()).isEqualTo(0xFFFF_FFFFL);

    IpLiterals.Cidr v6 = IpLiterals.parseCidr("2001:db8::/32");
    assertThat(v6.ipv6EndHi()).isEqualTo(0x2001_0db8_FFFF_FFFFL);
    assertThat(v6.ipv6EndLo()).isEqualTo(-1L);
    IpLiterals.Cidr v6long = IpLiterals.parseCidr("2001:db8::100/120");
    assertThat(v6long.ipv6EndHi()).isEqualTo(0x2001_0db8_0000_0000L);
    assertThat(v6long.ipv6EndLo()).isEqualTo(0x1FFL);
    IpLiterals.Cidr all = IpLiterals.parseCidr("::/0");
    assertThat(all.ipv6EndHi()).isEqualTo(-1L);
    assertThat(IpLiterals.parseCidr("::1/128").ipv6EndLo()).isEqualTo(1L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.2.3.0", "1.2.3.0/", "/24", "1.2.3.0/33", "1.2.3.1/24", "::/129", "::1/64", "1.2.3.0/2x"})
  void badCidrIsRejected(String text) {
    assertThatThrownBy(() -> IpLiterals.parseCidr(text)).isInstanceOf(IllegalArgumentException.class);
  }
}
