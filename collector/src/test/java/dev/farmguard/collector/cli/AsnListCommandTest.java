package dev.farmguard.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.netkind.AsnList;
import dev.farmguard.collector.netkind.NetworkKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code farmguard-collector asn-list import --vpn FILE --hosting FILE --out FILE}. */
class AsnListCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CollectorMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static String upstream(String file) throws Exception {
        return Path.of(AsnListCommandTest.class.getResource("/netkind/x4bnet/input/" + file).toURI()).toString();
    }

    @Test
    void importsTheUpstreamFilesIntoAListTheCollectorLoads() throws Exception {
        Path list = dir.resolve("network-kinds.tsv");

        assertThat(run("asn-list", "import", "--vpn", upstream("vpn/ASN.txt"), "--hosting",
                upstream("datacenter/ASN.txt"), "--version", "2026-12-07", "--out", list.toString())).isZero();

        assertThat(out.toString()).contains("vpn 7", "hosting 9", "version 2026-12-07");
        assertThat(AsnList.load(list).count(NetworkKind.MOBILE)).isPositive();
    }

    @Test
    void aWrongFileFailsAndWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "{\"asns\": [9009]}\n");
        Path list = dir.resolve("network-kinds.tsv");

        assertThat(run("asn-list", "import", "--vpn", bad.toString(), "--out", list.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("asn-list import:", "bad.txt line 1");
        assertThat(list).doesNotExist();
    }

    @Test
    void anInputAndTheOutputAreRequired() {
        assertThat(run("asn-list", "import", "--out", dir.resolve("x.tsv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--vpn");
        assertThat(run("asn-list", "import", "--vpn", "x.txt")).isEqualTo(2);
    }
}
