package dev.farmguard.collector.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RangesTest {

  @Test
  void ipv4UnsortedInputIsSortedAndAdjacentEqualRangesMerge() throws Exception {
    Ipv4Ranges.Builder b = new Ipv4Ranges.Builder("test");
    b.add(0xFFFF_FF00L, 0xFFFF_FFFFL, 3);
    b.add(0x0A00_0100L, 0x0A00_01FFL, 1);
    b.add(0x0A00_0000L, 0x0A00_00FFL, 1);
    b.add(0x7FFF_FFFFL, 0x8000_0000L, 2); // straddles the sign boundary
    Ipv4Ranges r = b.build();
    assertThat(r.size()).isEqualTo(3);
    assertThat(r.find(0x0A00_0180)).isEqualTo(1);
    assertThat(r.find(0x0A00_0200)).isEqualTo(-1);
    assertThat(r.find(0x7FFF_FFFF)).isEqualTo(2);
    assertThat(r.find(0x8000_0000)).isEqualTo(2);
    assertThat(r.find(0x8000_0001)).isEqualTo(-1);
    assertThat(r.find(-1)).isEqualTo(3);
    assertThat(r.find(0)).isEqualTo(-1);
  }

  @Test
  void ipv6HandlesUnsignedHalvesCarryAndOverlap() throws Exception {
    Ipv6Ranges.Builder b = new Ipv6Ranges.Builder("test");
    b.add(0xFFFF_0000_0000_0000L, 0, -1L, -1L, 4);
    b.add(0x2001_0db8_0000_0001L, 0, 0x2001_0db8_0000_0001L, -1L, 7);
    b.add(0x2001_0db8_0000_0000L, 0, 0x2001_0db8_0000_0000L, -1L, 7); // merges across the low-half carry
    Ipv6Ranges r = b.build();
    assertThat(r.size()).isEqualTo(2);
    assertThat(r.find(0x2001_0db8_0000_0000L, -1L)).isEqualTo(7);
    assertThat(r.find(0x2001_0db8_0000_0001L, 0)).isEqualTo(7);
    assertThat(r.find(0x2001_0db8_0000_0002L, 0)).isEqualTo(-1);
    assertThat(r.find(-1L, -1L)).isEqualTo(4);
    assertThat(r.find(0x7FFF_0000_0000_0000L, 5)).isEqualTo(-1);

    Ipv6Ranges.Builder overlapping = new Ipv6Ranges.Builder("file.csv");
    overlapping.add(1, 0, 1, -1L, 1);
    overlapping.add(1, 5, 1, 6, 2);
    assertThatThrownBy(overlapping::build).hasMessageContaining("overlapping networks in file.csv");
  }
}
