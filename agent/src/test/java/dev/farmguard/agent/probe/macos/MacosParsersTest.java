package dev.farmguard.agent.probe.macos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.testing.FakeTree;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MacosParsersTest {

    private static final String DIR = "/remote/macos/farm-laptop/";

    @Test
    void psJoinsIdentityAndCommandLinesByPid() {
        List<MacProcess> processes = MacProcessTable.parse(FakeTree.text(DIR + "ps-processes.txt"),
                FakeTree.text(DIR + "ps-args.txt"), ZoneOffset.UTC);

        assertThat(processes).hasSize(16);
        MacProcess chrome = processes.stream().filter(p -> p.pid() == 701).findFirst().orElseThrow();
        assertThat(chrome.path()).isEqualTo("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
        assertThat(chrome.name()).isEqualTo("Google Chrome");
        assertThat(chrome.commandLine()).endsWith("--profile-directory=Default");
        MacProcess windowServer = processes.stream().filter(p -> p.pid() == 143).findFirst().orElseThrow();
        assertThat(windowServer.user()).isEqualTo("_windowserver");
        MacProcess shell = processes.get(15);
        assertThat(shell.name()).isEqualTo("-zsh");
        assertThat(shell.startedAt()).as("single-digit day").isEqualTo(Instant.parse("2026-11-07T09:05:33Z"));
    }

    @Test
    void processNamesIncludeTheAppBundle() {
        MacProcess helper = new MacProcess(1, "root", null,
                "/Applications/TeamViewer.app/Contents/Resources/TeamViewer_Service", "");
        assertThat(helper.names()).containsExactly("TeamViewer_Service", "TeamViewer");
        assertThat(MacProcess.bundleName("/Applications/Amphetamine.app")).contains("Amphetamine");
        assertThat(MacProcess.bundleName("/usr/libexec/logd")).isEmpty();
    }

    @Test
    void lsofRowsWithSpacesIpv6AndArrows() {
        List<LsofSocket> listening = LsofSockets.parse(FakeTree.text(DIR + "lsof-listen.txt"));
        List<LsofSocket> established = LsofSockets.parse(FakeTree.text(DIR + "lsof-established.txt"));

        assertThat(listening).hasSize(11);
        assertThat(listening.get(0)).isEqualTo(new LsofSocket("launchd", 1, "root", "tcp6", "::", 5900, "", 0, "LISTEN"));
        assertThat(listening.get(8)).isEqualTo(
                new LsofSocket("Google Chrome", 701, "alice", "tcp", "127.0.0.1", 9222, "", 0, "LISTEN"));
        assertThat(listening.get(9).localAddress()).isEqualTo("::1");
        assertThat(established.get(2)).isEqualTo(new LsofSocket("Google Chrome", 701, "alice", "tcp6",
                "2001:db8:5::23", 50401, "2607:f8b0:4005:80b::200e", 443, "ESTABLISHED"));
        assertThat(established.get(3).remoteAddress()).isEqualTo("203.0.113.50");
        assertThat(established.get(3).isListener()).isFalse();
    }

    @Test
    void launchctlListAndPlists() {
        Map<String, Integer> listed = LaunchdJobs.parseList(FakeTree.text(DIR + "launchctl-list.txt"));
        assertThat(listed).containsEntry("com.philandro.anydesk.service", 402)
                .containsEntry("com.teamviewer.teamviewer_service", 0).hasSize(7);

        LaunchdPlist.Job teamViewer = LaunchdPlist.parse(FakeTree.text(DIR
                + "tree/Library/LaunchDaemons/com.teamviewer.teamviewer_service.plist").getBytes(StandardCharsets.UTF_8),
                "/Library/LaunchDaemons/com.teamviewer.teamviewer_service.plist");
        assertThat(teamViewer).isEqualTo(new LaunchdPlist.Job("com.teamviewer.teamviewer_service",
                "/Applications/TeamViewer.app/Contents/Resources/TeamViewer_Service",
                "/Library/LaunchDaemons/com.teamviewer.teamviewer_service.plist", true, true));
        LaunchdPlist.Job binary = LaunchdPlist.parse("bplist00\u00d1".getBytes(StandardCharsets.ISO_8859_1),
                "/Users/alice/Library/LaunchAgents/com.google.keystone.agent.plist");
        assertThat(binary.label()).isEqualTo("com.google.keystone.agent");
        LaunchdPlist.Job broken = LaunchdPlist.parse("<plist><dict><key>Label".getBytes(StandardCharsets.UTF_8),
                "/Library/LaunchDaemons/x.y.plist");
        assertThat(broken.label()).isEqualTo("x.y");
    }

    @Test
    void aPlistCannotMakeTheParserFetchOrExpandEntities() {
        String hostile = """
                <?xml version="1.0"?>
                <!DOCTYPE plist [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <plist version="1.0"><dict><key>Label</key><string>&x;</string></dict></plist>
                """;
        LaunchdPlist.Job job = LaunchdPlist.parse(hostile.getBytes(StandardCharsets.UTF_8), "/Library/LaunchDaemons/evil.plist");
        assertThat(job.label()).doesNotContain("root:");
    }

    @Test
    void openStepPlistTextOfDefaultsRead() {
        Object value = OpenStepPlist.parse("""
                {
                    AppleLanguages =     (
                        "ko-KR",
                        en
                    );
                    "Quoted \\"key\\"" = "line\\nbreak \\U00e9";
                    data = <0a0b 0c>;
                }
                """);

        assertThat(value).isInstanceOfSatisfying(Map.class, map -> {
            assertThat(map.get("AppleLanguages")).isEqualTo(List.of("ko-KR", "en"));
            assertThat(map.get("Quoted \"key\"")).isEqualTo("line\nbreak \u00e9");
            assertThat((byte[]) map.get("data")).containsExactly(10, 11, 12);
        });
        assertThat(OpenStepPlist.parse("")).isEqualTo("");
        assertThat(OpenStepPlist.parse("( a, b")).isEqualTo(List.of("a", "b"));
    }
}
