package dev.farmguard.collector.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.config.Cidr;
import org.junit.jupiter.api.Test;

class IpKeysTest {

    private static String[] range(String cidr) {
        Cidr c = Cidr.parse(cidr);
        return IpKeys.range(c.network(), c.prefixLength());
    }

    private static boolean inside(String ip, String cidr) {
        String key = IpKeys.key(ip);
        String[] r = range(cidr);
        return key.compareTo(r[0]) >= 0 && key.compareTo(r[1]) <= 0;
    }

    @Test
    void ipv4IsMappedIntoIpv6SoOneColumnSortsBoth() {
        assertThat(IpKeys.key("203.0.113.5")).isEqualTo("00000000000000000000ffffcb007105");
        assertThat(IpKeys.key("2001:db8::1")).isEqualTo("20010db8000000000000000000000001");
        assertThat(IpKeys.key("not an address")).isNull();
        assertThat(IpKeys.key(null)).isNull();
    }

    @Test
    void aNetworkIsTheRangeOfItsAddresses() {
        assertThat(inside("203.0.113.5", "203.0.113.0/24")).isTrue();
        assertThat(inside("203.0.114.0", "203.0.113.0/24")).isFalse();
        assertThat(inside("203.0.113.5", "203.0.113.5")).isTrue();
        assertThat(inside("203.0.113.6", "203.0.113.5/32")).isFalse();
        assertThat(inside("10.1.2.3", "0.0.0.0/0")).isTrue();
        assertThat(inside("2001:db8::1", "0.0.0.0/0")).isFalse(); // an IPv4 network holds no IPv6 address
        assertThat(inside("2001:db8:ffff::1", "2001:db8::/32")).isTrue();
        assertThat(inside("2001:db9::1", "2001:db8::/32")).isFalse();
    }
}
