package dev.farmguard.agent.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmguard.proto.v1.UsbDevice;
import dev.farmguard.proto.v1.UsbInterface;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdidBuilderTest {

  static boolean checksumOk(byte[] edid) {
    int sum = 0;
    for (int i = 0; i < 128; i++) {
      sum += edid[i] & 0xFF;
    }
    return edid.length % 128 == 0 && (sum & 0xFF) == 0;
  }

  static String pnpId(byte[] e) {
    int v = ((e[8] & 0xFF) << 8) | (e[9] & 0xFF);
    return "" + (char) ('A' - 1 + ((v >> 10) & 31)) + (char) ('A' - 1 + ((v >> 5) & 31)) + (char) ('A' - 1 + (v & 31));
  }

  static int productCode(byte[] e) {
    return (e[10] & 0xFF) | ((e[11] & 0xFF) << 8);
  }

  static long serialNumber(byte[] e) {
    return (e[12] & 0xFFL) | ((e[13] & 0xFFL) << 8) | ((e[14] & 0xFFL) << 16) | ((e[15] & 0xFFL) << 24);
  }

  /** Text of the first display descriptor with this tag (0xFC name, 0xFF serial, 0xFE text). */
  static String descriptor(byte[] e, int tag) {
    List<String> all = descriptors(e, tag);
    return all.isEmpty() ? null : all.get(0);
  }

  static List<String> descriptors(byte[] e, int tag) {
    List<String> out = new ArrayList<>();
    for (int off = 54; off < 126; off += 18) {
      if (e[off] == 0 && e[off + 1] == 0 && (e[off + 3] & 0xFF) == tag) {
        String s = new String(e, off + 5, 13, StandardCharsets.US_ASCII);
        int nl = s.indexOf('\n');
        out.add(nl >= 0 ? s.substring(0, nl) : s.trim());
      }
    }
    return out;
  }

  @Test
  void buildsAValidBaseBlock() {
    byte[] e = new EdidBuilder("DEL", 0xD0D9).serialNumber(0x3346434CL).manufactured(17, 2019).sizeCm(53, 30)
        .preferredMode(1920, 1080).serialText("GH85D84S3FCL").monitorName("DELL P2419H").rangeLimits().build();
    assertThat(e).hasSize(128).startsWith(0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0);
    assertThat(checksumOk(e)).isTrue();
    assertThat(pnpId(e)).isEqualTo("DEL");
    assertThat(productCode(e)).isEqualTo(0xD0D9);
    assertThat(serialNumber(e)).isEqualTo(0x3346434CL);
    assertThat(e[16]).isEqualTo((byte) 17);
    assertThat(e[17] + 1990).isEqualTo(2019);
    assertThat(e[21]).isEqualTo((byte) 53);
    assertThat(e[22]).isEqualTo((byte) 30);
    assertThat(descriptor(e, 0xFC)).isEqualTo("DELL P2419H");
    assertThat(descriptor(e, 0xFF)).isEqualTo("GH85D84S3FCL");
    assertThat(descriptor(e, 0xFD)).isNotNull();
    // preferred detailed timing: 148.5 MHz, 1920x1080, 530x300 mm
    assertThat((e[54] & 0xFF) | ((e[55] & 0xFF) << 8)).isEqualTo(14850);
    assertThat((e[56] & 0xFF) | ((e[58] & 0xF0) << 4)).isEqualTo(1920);
    assertThat((e[59] & 0xFF) | ((e[61] & 0xF0) << 4)).isEqualTo(1080);
    assertThat((e[66] & 0xFF) | ((e[68] & 0xF0) << 4)).isEqualTo(530);
    assertThat(e[126]).isZero();
  }

  @Test
  void panelsCarryThePartNumberAndOtherModesStayInRange() {
    byte[] e = Displays.PANELS.get(4).edid(Rng.of(1, 2));
    assertThat(checksumOk(e)).isTrue();
    assertThat(descriptors(e, 0xFE)).containsExactly("BOE CQ", "NE160QDM-NM4");
    assertThat((e[56] & 0xFF) | ((e[58] & 0xF0) << 4)).isEqualTo(2560);
    for (DisplayModel m : Displays.MONITORS) {
      byte[] x = m.edid(Rng.of(3, m.productCode()));
      assertThat(checksumOk(x)).as(m.name()).isTrue();
      assertThat(descriptor(x, 0xFC)).isEqualTo(m.name());
      assertThat((x[54] & 0xFF) | ((x[55] & 0xFF) << 8)).as(m.name()).isPositive();
    }
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> new EdidBuilder("dell", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EdidBuilder("DEL", 1).monitorName("a name that is far too long"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void kvmIdentitiesMatchTheirDocumentedFields() {
    byte[] pikvm = KvmDevices.byDefault("pikvm-v3").edid();
    assertThat(pnpId(pikvm)).isEqualTo("LNX");
    assertThat(productCode(pikvm)).isEqualTo(0x7771);
    assertThat(descriptor(pikvm, 0xFC)).isEqualTo("PiKVM V3");
    assertThat(descriptor(pikvm, 0xFF)).isEqualTo("CAFEBABE");
    assertThat(pikvm[16]).isEqualTo((byte) 35);
    assertThat(pikvm[17] + 1990).isEqualTo(2016);
    assertThat(pikvm[21]).isEqualTo((byte) 53);

    byte[] tiny = KvmDevices.byDefault("tinypilot").edid();
    assertThat(pnpId(tiny)).isEqualTo("TSB");
    assertThat(productCode(tiny)).isEqualTo(0x9876);
    assertThat(descriptor(tiny, 0xFC)).isEqualTo("TinyPilot");
    assertThat(serialNumber(tiny)).isEqualTo(0x88888800L);
    assertThat(tiny[21]).isZero();
    assertThat(tiny[22]).isZero();

    byte[] jet = KvmDevices.byDefault("jetkvm").edid();
    assertThat(descriptor(jet, 0xFC)).isEqualTo("T749-fHD720");
    assertThat(productCode(jet)).isEqualTo(0x8801);

    byte[] nano = KvmDevices.byDefault("nanokvm").edid();
    assertThat(pnpId(nano)).isEqualTo("SPD");
    assertThat(descriptor(nano, 0xFF)).isEqualTo("NanoKVM");

    UsbDevice usb = KvmDevices.byDefault("pikvm-v4plus").usb();
    assertThat(usb.getVendorId()).isEqualTo(0x1d6b);
    assertThat(usb.getProductId()).isEqualTo(0x0104);
    assertThat(usb.getManufacturer()).isEqualTo("PiKVM");
    assertThat(usb.getScsiVendor()).isEqualTo("PiKVM");
    for (String model : KvmDevices.DEFAULT_MODELS) {
      assertThat(checksumOk(KvmDevices.byDefault(model).edid())).as(model).isTrue();
    }
  }

  @Test
  void renamedKvmsKeepTheCompositeAndZeroSizeTells() {
    for (int variant = 0; variant < 3; variant++) {
      KvmModel k = KvmDevices.renamed("pikvm-v3", variant, false);
      assertThat(k.usb().getManufacturer()).isNotEqualTo("PiKVM");
      assertThat(k.usb().getScsiVendor()).isEqualTo("Generic");
      assertThat(k.usb().getAbsolutePointer()).isTrue();
      assertThat(k.usb().getInterfacesList()).extracting(UsbInterface::getInterfaceClass).contains(3, 8);
      assertThat(pnpId(k.edid())).isNotIn("LNX", "TSB");
      assertThat(k.edid()[21]).isZero();
      assertThat(k.edid()[22]).isZero();
      assertThat(checksumOk(k.edid())).isTrue();
    }
    assertThat(KvmDevices.renamed("pikvm-v3", 1, true).usb().getScsiVendor()).isEqualTo("PiKVM");
  }

  @Test
  void raspberryPiGadgetsUseTheDefaultIdsButNoAbsolutePointer() {
    for (int v = 0; v < 3; v++) {
      UsbDevice pi = UsbCatalog.raspberryPiGadget(v).build();
      assertThat(pi.getVendorId()).isEqualTo(0x1d6b);
      assertThat(pi.getProductId()).isEqualTo(0x0104);
      assertThat(pi.getAbsolutePointer()).isFalse();
      assertThat(FleetOutputTest.compositeKvmTell(pi)).isFalse();
    }
  }
}
