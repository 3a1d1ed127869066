package dev.farmguard.collector.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EdidDecoderTest {

    @Test
    void decodesEveryFieldOfABuiltEdid() {
        EdidInfo info = TestEdid.pikvm(0x7771, "PiKVM V3").unspecifiedText("panel A").decode();

        assertThat(info.manufacturerId()).isEqualTo("LNX");
        assertThat(info.productCode()).isEqualTo(0x7771);
        assertThat(info.identity()).isEqualTo("LNX7771");
        assertThat(info.serialNumber()).isEqualTo(0x01010101L);
        assertThat(info.manufactureWeek()).isEqualTo(35);
        assertThat(info.manufactureYear()).isEqualTo(2016);
        assertThat(info.modelYear()).isFalse();
        assertThat(info.versionMajor()).isEqualTo(1);
        assertThat(info.versionMinor()).isEqualTo(3);
        assertThat(info.digital()).isTrue();
        assertThat(info.horizontalCm()).isEqualTo(53);
        assertThat(info.verticalCm()).isEqualTo(30);
        assertThat(info.zeroSize()).isFalse();
        assertThat(info.monitorName()).isEqualTo("PiKVM V3");
        assertThat(info.serialText()).isEqualTo("CAFEBABE");
        assertThat(info.unspecifiedText()).containsExactly("panel A");
        assertThat(info.extensionCount()).isEqualTo(1);
        assertThat(info.checksumValid()).isTrue();
    }

    @Test
    void readsTheHighestSerialAsUnsigned() {
        assertThat(TestEdid.display().serial(0xFFFFFFFFL).decode().serialNumber()).isEqualTo(0xFFFFFFFFL);
        assertThat(TestEdid.tc358743("Toshiba-H2C").decode().serialNumber()).isEqualTo(0x88888800L);
    }

    @Test
    void weekFfIsAModelYear() {
        EdidInfo info = TestEdid.display().versionMinor(4).week(0xFF).year(2021).decode();
        assertThat(info.modelYear()).isTrue();
        assertThat(info.manufactureWeek()).isZero();
        assertThat(info.manufactureYear()).isEqualTo(2021);
    }

    @Test
    void oneZeroSizeByteMeansNoSizeAsEdidDecodeReadsIt() {
        assertThat(TestEdid.display().sizeCm(61, 0).decode().zeroSize()).isTrue();
        assertThat(TestEdid.display().sizeCm(0, 0).decode().zeroSize()).isTrue();
        assertThat(TestEdid.display().sizeCm(1, 1).decode().zeroSize()).isFalse();
    }

    @Test
    void analogDisplaysAreNotDigital() {
        assertThat(TestEdid.display().analog().decode().digital()).isFalse();
    }

    @Test
    void badChecksumStillDecodesButIsReported() {
        EdidDecodeResult r = EdidDecoder.decode(TestEdid.display().name("Cheap TV").badChecksum().bytes());
        assertThat(r.ok()).isTrue();
        assertThat(r.info().orElseThrow().checksumValid()).isFalse();
        assertThat(r.info().orElseThrow().monitorName()).isEqualTo("Cheap TV");
    }

    @Test
    void textStopsAtTheFirstNonPrintableByte() {
        byte[] e = TestEdid.display().name("BenQ FP731").bytes();
        int nameStart = indexOf(e, "BenQ");
        e[nameStart + 10] = (byte) 0xA0; // instead of the line feed
        assertThat(EdidDecoder.decode(e).info().orElseThrow().monitorName()).isEqualTo("BenQ FP731");
    }

    @Test
    void lettersOutsideAToZShowAsEdidDecodePrintsThem() {
        assertThat(EdidDecoder.pnpId((13 << 10) | (19 << 5) | 31)).isEqualTo("MS_");
        assertThat(EdidDecoder.pnpId((20 << 10) | (12 << 5))).isEqualTo("TL@");
    }

    @Test
    void garbageAndTruncatedInputFailSoftly() {
        assertThat(EdidDecoder.decode(null).error()).isEqualTo("no EDID");
        assertThat(EdidDecoder.decode(new byte[0]).ok()).isFalse();
        byte[] valid = TestEdid.display().bytes();
        EdidDecodeResult truncated = EdidDecoder.decode(Arrays.copyOf(valid, 100));
        assertThat(truncated.ok()).isFalse();
        assertThat(truncated.error()).contains("truncated").contains("100 bytes");
        assertThat(truncated.info()).isEmpty();
        byte[] garbage = new byte[256];
        Arrays.fill(garbage, (byte) 0x5A);
        assertThat(EdidDecoder.decode(garbage).error()).contains("header");
    }

    @Test
    void everyPrefixAndEveryRandomBlockDecodesOrFailsWithoutThrowing() {
        byte[] valid = TestEdid.pikvm(0x7770, "PiKVM").bytes();
        for (int n = 0; n <= valid.length; n++) {
            assertThat(EdidDecoder.decode(Arrays.copyOf(valid, n))).isNotNull();
        }
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 500; i++) {
            byte[] b = valid.clone();
            for (int j = 8; j < 128; j++) {
                b[j] = (byte) random.nextInt(256);
            }
            assertThat(EdidDecoder.decode(b).ok()).isTrue(); // a valid header is enough to read the fields
        }
    }

    private static int indexOf(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= haystack.length - n.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError(needle + " not found");
    }
}
