package dev.farmguard.collector.classify;

import static dev.farmguard.collector.classify.Fixtures.CLASSIFIER;
import static dev.farmguard.collector.classify.Fixtures.access;
import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.model.RemoteAccess;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A session in progress shows only while someone is connected in: the process a tool starts for it, or its relay
 * connection. The tool merely running, waiting for calls or registered with its servers is no session.
 */
class LiveSessionClassificationTest {

    private static List<String> live(RemoteAccess a) {
        return CLASSIFIER.liveSessions(a).stream().map(LiveSession::toolId).toList();
    }

    @Test
    void rustdeskConnectionManagerIsASessionItsServerIsNot() {
        String exe = "C:\\Program Files\\RustDesk\\rustdesk.exe";
        assertThat(live(access().process("rustdesk.exe", exe, "\"" + exe + "\" --service")
                .process("rustdesk.exe", exe, "\"" + exe + "\" --server").build())).isEmpty();
        assertThat(live(access().process("rustdesk.exe", exe, "\"" + exe + "\" --cm").build()))
                .containsExactly("rustdesk");
        assertThat(live(access().process("rustdesk", "/usr/bin/rustdesk", "/usr/bin/rustdesk --cm").build()))
                .containsExactly("rustdesk");
    }

    @Test
    void rustdeskRelayCarriesSessionsRendezvousDoesNot() {
        assertThat(live(access().connection("rustdesk", "198.51.100.9", 21116).build())).isEmpty();
        List<LiveSession> relayed = CLASSIFIER.liveSessions(
                access().connection("rustdesk.exe", "198.51.100.9", 21117).build());
        assertThat(relayed).extracting(LiveSession::toolId).containsExactly("rustdesk");
        assertThat(relayed.get(0).tell()).contains("198.51.100.9:21117");
        // another program's connection to the same port is not RustDesk's session
        assertThat(live(access().connection("chrome.exe", "198.51.100.9", 21117).build())).isEmpty();
    }

    @Test
    void chromeRemoteDesktopDesktopProcessIsASessionTheDaemonIsNot() {
        String exe = "C:\\Program Files (x86)\\Google\\Chrome Remote Desktop\\130.0.6723.20\\remoting_host.exe";
        assertThat(live(access().process("remoting_host.exe", exe, "\"" + exe + "\" --type=daemon").build()))
                .isEmpty();
        assertThat(live(access().process("remoting_host.exe", exe, "\"" + exe + "\" --type=desktop").build()))
                .containsExactly("chrome-remote-desktop");
    }

    @Test
    void teamviewerDesktopProcessByNameOrCommandLine() {
        assertThat(live(access().process("TeamViewer_Service.exe", "C:\\Program Files\\TeamViewer\\"
                + "TeamViewer_Service.exe", "").build())).isEmpty();
        assertThat(live(access().process("TeamViewer_Desktop.exe", "C:\\Program Files\\TeamViewer\\"
                + "TeamViewer_Desktop.exe", "").build())).containsExactly("teamviewer");
        assertThat(live(access().process("", "", "TeamViewer_Desktop --IPCport 5939 --Module 1").build()))
                .containsExactly("teamviewer");
    }

    @Test
    void anArgumentMustBeAWholeTokenAndMacosHidesThem() {
        String exe = "/usr/bin/rustdesk";
        assertThat(live(access().process("rustdesk", exe, exe + " --cmd-option").build())).isEmpty();
        // macOS daemons cannot read other processes' arguments: no argument, no session claimed
        assertThat(live(access().process("RustDesk", "/Applications/RustDesk.app/Contents/MacOS/RustDesk", "")
                .build())).isEmpty();
    }
}
