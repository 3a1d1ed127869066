package dev.farmguard.agent.probe.procfs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcParsersTest {

    @Test
    void splitsCmdlineOnNul() {
        byte[] raw = "/usr/bin/x11vnc\0-forever\0-rfbport\0005900\0".getBytes(StandardCharsets.UTF_8);

        assertThat(ProcParsers.parseCmdline(raw)).containsExactly("/usr/bin/x11vnc", "-forever", "-rfbport", "5900");
        assertThat(ProcParsers.parseCmdline(new byte[0])).isEmpty();
        assertThat(ProcParsers.parseCmdline("no-nul".getBytes(StandardCharsets.UTF_8))).containsExactly("no-nul");
    }

    @Test
    void readsStartTimeEvenWhenCommHoldsSpacesAndParentheses() {
        String stat = "4242 (evil) name (x) S 1 4242 4242 0 -1 4194560 1000 0 0 0 10 5 0 0 20 0 1 0 98765 1234 56";

        assertThat(ProcParsers.parseStartTicks(stat)).hasValue(98765);
        assertThat(ProcParsers.parseStartTicks("4242 (short) S 1 2")).isEmpty();
        assertThat(ProcParsers.parseStartTicks("garbage")).isEmpty();
    }

    @Test
    void readsBootTimeUidAndUsers() {
        assertThat(ProcParsers.parseBootTime(List.of("cpu  1 2 3", "btime 1763700000", "processes 5"))).hasValue(1763700000);
        assertThat(ProcParsers.parseBootTime(List.of("cpu 1"))).isEmpty();
        assertThat(ProcParsers.parseRealUid(List.of("Name:\tx11vnc", "Uid:\t1000\t1000\t1000\t1000"))).isEqualTo(1000);
        assertThat(ProcParsers.parseRealUid(List.of("Name:\tx"))).isEqualTo(-1);
        assertThat(ProcParsers.parsePasswd(List.of("root:x:0:0:root:/root:/bin/bash", "# comment", "bad",
                "alice:x:1000:1000::/home/alice:/bin/bash"))).containsEntry(0, "root").containsEntry(1000, "alice").hasSize(2);
    }

    @Test
    void readsFdLinksAndExePaths() {
        assertThat(ProcParsers.parseSocketInode("socket:[12345]")).hasValue(12345);
        assertThat(ProcParsers.parseSocketInode("pipe:[12345]")).isEmpty();
        assertThat(ProcParsers.parseSocketInode("/dev/null")).isEmpty();
        assertThat(ProcParsers.cleanExePath("/tmp/x11vnc (deleted)")).isEqualTo("/tmp/x11vnc");
        assertThat(ProcParsers.baseName("/opt/teamviewer/tv_bin/TeamViewer_Desktop")).isEqualTo("TeamViewer_Desktop");
        assertThat(ProcParsers.baseName("anydesk")).isEqualTo("anydesk");
    }
}
