package dev.farmguard.collector.detect.device;

import static dev.farmguard.collector.detect.RuleFixtures.CONFIG;
import static dev.farmguard.collector.detect.RuleFixtures.IT_PEER;
import static dev.farmguard.collector.detect.RuleFixtures.context;
import static dev.farmguard.collector.detect.RuleFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.detect.DeviceContext;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.UserSession;
import dev.farmguard.collector.testing.SnapshotBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoteControlRulesTest {

    private static final Instant NOW = SnapshotBuilder.T0;

    private List<Finding> evaluate(SnapshotBuilder b) {
        DeviceContext ctx = context(b.build());
        List<Finding> out = new ArrayList<>(new RemoteToolRule(CONFIG).evaluate(ctx));
        out.addAll(new InboundSessionRule(CONFIG).evaluate(ctx));
        return out;
    }

    private static SnapshotBuilder anydesk() {
        return SnapshotBuilder.laptop("d1").process("anydesk", "/usr/bin/anydesk", "anydesk")
                .install("/usr/bin/anydesk", "anydesk");
    }

    private static SnapshotBuilder teamviewer() {
        return SnapshotBuilder.laptop("d1").process("teamviewerd", "/opt/teamviewer/tv_bin/teamviewerd", "teamviewer")
                .install("/opt/teamviewer", "teamviewer").listener("127.0.0.1", 5939, "teamviewerd")
                .unattended("teamviewer");
    }

    @Test
    void anUnsanctionedToolWithUnattendedAccessOpenToTheNetwork() {
        List<Finding> f = evaluate(anydesk().listener("0.0.0.0", 7070, "anydesk").unattended("AnyDesk"));
        assertThat(rules(f)).containsExactly("remote_control.tool:low", "remote_control.unattended:high");
        assertThat(f.get(0).evidence()).containsEntry("tool", "anydesk").containsEntry("state", "listening");
    }

    @Test
    void anOpenSessionIsStrongerThanListening() {
        List<Finding> f = evaluate(anydesk().listener("127.0.0.1", 7070, "anydesk"));
        assertThat(rules(f)).containsExactly("remote_control.tool:low");
        assertThat(f.get(0).evidence()).containsEntry("state", "running");
        assertThat(rules(evaluate(anydesk().connection("anydesk", "29.55.37.69", 50123))))
                .containsExactly("remote_control.tool:medium");
    }

    @Test
    void theSanctionedItRmmAndItsHelpdeskSessionsStayQuiet() {
        SnapshotBuilder b = teamviewer().incoming("TeamViewer", NOW.minus(Duration.ofHours(2)),
                        NOW.minus(Duration.ofHours(1)), IT_PEER, "")
                .incoming("TeamViewer", NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(2)).plusSeconds(2400),
                        "", "198.51.100.5")
                .process("TeamViewer_Desktop", "/opt/teamviewer/tv_bin/TeamViewer_Desktop", "teamviewer")
                .connection("teamviewerd", "30.67.0.7", 5938);
        assertThat(evaluate(b)).isEmpty();
    }

    @Test
    void aSessionOnTheSanctionedToolFromAStrangerIsInbound() {
        SnapshotBuilder b = teamviewer().incoming("teamviewer", NOW.minus(Duration.ofHours(5)),
                NOW.minus(Duration.ofHours(1)), "987654321", "");
        List<Finding> f = evaluate(b);
        assertThat(rules(f)).containsExactly("remote_control.inbound_session:high");
        assertThat(f.get(0).evidence()).containsEntry("peers", List.of("teamviewer:987654321"));
    }

    @Test
    void aSessionFromTheLaptopsOwnNetworkIsSomeoneAtHome() {
        // a gamer streaming from the desktop in the next room, or a partner helping: the peer is on the home LAN
        SnapshotBuilder home = teamviewer().incoming("teamviewer", NOW.minus(Duration.ofHours(5)),
                NOW.minus(Duration.ofHours(1)), "555666777", "192.168.1.20");
        assertThat(rules(evaluate(home))).containsExactly("remote_control.inbound_session:low");
        SnapshotBuilder abroad = teamviewer().incoming("teamviewer", NOW.minus(Duration.ofHours(5)),
                NOW.minus(Duration.ofHours(1)), "555666777", "192.168.1.20")
                .incoming("teamviewer", NOW.minus(Duration.ofHours(3)), NOW.minus(Duration.ofHours(2)), "987654321",
                        "175.45.176.9");
        assertThat(rules(evaluate(abroad))).containsExactly("remote_control.inbound_session:high");
    }

    @Test
    void sessionsLastingDaysAndSeveralTools() {
        SnapshotBuilder b = anydesk().process("rustdesk", "/usr/bin/rustdesk", "rustdesk")
                .incoming("AnyDesk", NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofHours(1)), "123456789",
                        "29.55.37.69");
        assertThat(rules(evaluate(b))).containsExactly("remote_control.tool:low", "remote_control.tool:low",
                "remote_control.multiple_tools:medium", "remote_control.inbound_session:high",
                "remote_control.long_session:high");
    }

    @Test
    void aSessionWhoseLogRecordsNoEndNeverLastsDays() {
        // AnyDesk's traces record when sessions begin: an entry from three days ago is no session open for three days
        SnapshotBuilder b = anydesk().incoming("AnyDesk", NOW.minus(Duration.ofDays(3)), null, "123456789",
                "29.55.37.69");
        assertThat(rules(evaluate(b))).contains("remote_control.inbound_session:high")
                .doesNotContain("remote_control.long_session:high");
    }

    @Test
    void sessionsOutsideTheWindowAreHistory() {
        SnapshotBuilder b = anydesk().incoming("AnyDesk", NOW.minus(Duration.ofDays(30)),
                NOW.minus(Duration.ofDays(30)).plusSeconds(600), "123456789", "");
        assertThat(rules(evaluate(b))).containsExactly("remote_control.tool:low");
    }

    @Test
    void anRdpSessionFromAfarAndTheOsServer() {
        SnapshotBuilder b = SnapshotBuilder.laptop("d1").osServer("rdp", true)
                .session(UserSession.Kind.CONSOLE, "console", "", NOW.minus(Duration.ofDays(9)), false)
                .session(UserSession.Kind.REMOTE, "rdp", "29.55.37.69", NOW.minus(Duration.ofDays(2)), true);
        assertThat(rules(evaluate(b))).containsExactly("remote_control.os_server:low",
                "remote_control.os_remote_session:medium", "remote_control.long_session:high");
    }

    @Test
    void applesRemoteManagementIsAnOsDesktopServer() {
        assertThat(rules(evaluate(SnapshotBuilder.laptop("d1").osServer("remote_management", true))))
                .containsExactly("remote_control.os_server:low");
    }

    /** RustDesk keeps no log the agent reads; its relay connection shows the hours someone was connected in. */
    private static List<Finding> rustdeskSessions(int hours, int sessionHoursPerDay) {
        String exe = "/usr/bin/rustdesk";
        List<DeviceSnapshot> h = SnapshotBuilder.laptop("d1").process("rustdesk", exe, exe + " --server", "rustdesk")
                .series(hours, Duration.ofHours(1), (i, b) -> {
                    b.noConnections();
                    if (i % 24 < sessionHoursPerDay) {
                        b.connection("rustdesk", "203.0.113.40", 21117);
                    }
                });
        return new InboundSessionRule(CONFIG).evaluate(context(h, null));
    }

    @Test
    void sessionsCaughtInProgressOnSeveralDays() {
        List<Finding> f = rustdeskSessions(72, 3);
        assertThat(rules(f)).containsExactly("remote_control.live_session:medium");
        assertThat(f.get(0).evidence()).containsEntry("checkIns", 9).containsEntry("ofCheckIns", 72)
                .containsEntry("days", 3);
        assertThat(f.get(0).summary()).contains("RustDesk");
    }

    @Test
    void oneDayOfSessionsIsLowAndNoSessionIsNothing() {
        assertThat(rules(rustdeskSessions(20, 3))).containsExactly("remote_control.live_session:low");
        assertThat(rustdeskSessions(72, 0)).isEmpty();
    }

    @Test
    void theSanctionedToolsSessionProcessIsJudgedByItsLogInstead() {
        List<DeviceSnapshot> h = teamviewer().series(48, Duration.ofHours(1), (i, b) -> {
            if (i % 24 == 10) {
                b.process("TeamViewer_Desktop", "/opt/teamviewer/tv_bin/TeamViewer_Desktop", "teamviewer");
            }
        });
        assertThat(new InboundSessionRule(CONFIG).evaluate(context(h, null))).isEmpty();
    }

    @Test
    void anOrdinaryLaptopHasNoRemoteControlFindings() {
        assertThat(evaluate(SnapshotBuilder.laptop("d1").osServer("ssh", true).osServer("rdp", false))).isEmpty();
    }
}
