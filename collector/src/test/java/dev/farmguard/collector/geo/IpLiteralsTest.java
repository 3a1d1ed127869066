package dev.farmguard.collector.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpLiteralsTest {

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
