package dev.farmguard.collector.classify;

import static dev.farmguard.collector.classify.Fixtures.CLASSIFIER;
import static dev.farmguard.collector.classify.Fixtures.access;
import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.catalog.SignatureWeight;
import dev.farmguard.collector.model.RemoteAccess;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Remote-access tools found in the traces, with the evidence that found them; look-alikes stay quiet. */
class RemoteToolClassificationTest {

    private static List<String> ids(RemoteAccess a) {
        return CLASSIFIER.remoteTools(a).stream().map(SignatureMatch::signatureId).toList();
    }

    private static SignatureMatch only(RemoteAccess a) {
        List<SignatureMatch> m = CLASSIFIER.remoteTools(a);
        assertThat(m).hasSize(1);
        return m.get(0);
    }

    @Test
    void anydeskByProcessOnEveryOs() {
        SignatureMatch win = only(access().process("AnyDesk.exe", "C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe",
                "\"C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe\" --service").build());
        assertThat(win.signatureId()).isEqualTo("anydesk");
        assertThat(win.weight()).isEqualTo(SignatureWeight.DPRK_REPORTED);
        assertThat(win.evidence()).extracting(Evidence::field)
                .containsExactly(EvidenceField.PROCESS_NAME, EvidenceField.PROCESS_PATH);
        assertThat(ids(access().process("anydesk", "/usr/bin/anydesk", "/usr/bin/anydesk --service").build()))
                .containsExactly("anydesk");
        assertThat(ids(access().process("AnyDesk", "/Applications/AnyDesk.app/Contents/MacOS/AnyDesk", "").build()))
                .containsExactly("anydesk");
    }

    @Test
    void renamedProcessIsFoundByItsInstallFolder() {
        SignatureMatch m = only(access().process("svc-helper.exe", "C:\\Program Files (x86)\\AnyDesk\\svc-helper.exe",
                "").build());
        assertThat(m.signatureId()).isEqualTo("anydesk");
        assertThat(m.evidence()).extracting(Evidence::field).containsExactly(EvidenceField.PROCESS_PATH);
        assertThat(m.evidence().get(0).matched()).isEqualTo("%ProgramFiles(x86)%\\AnyDesk");
    }

    @Test
    void teamviewerSessionByCommandLine() {
        SignatureMatch m = only(access().process("", "", "TeamViewer_Desktop --IPCport 5939 --Module 1").build());
        assertThat(m.signatureId()).isEqualTo("teamviewer");
        assertThat(m.evidence()).extracting(Evidence::field).containsExactly(EvidenceField.PROCESS_COMMAND_LINE);
    }

    @Test
    void servicesByNameDisplayNameOrBinary() {
        assertThat(ids(access().service("AnyDesk", "AnyDesk Service", "").build())).containsExactly("anydesk");
        assertThat(ids(access().service("ScreenConnect Client (3f8e1a2b9c)", "", "").build()))
                .containsExactly("screenconnect");
        assertThat(ids(access().service("chromoting", "Chrome Remote Desktop Service", "").build()))
                .containsExactly("chrome-remote-desktop");
        assertThat(ids(access().service("rmsvc", "Remote support",
                "\"C:\\Program Files\\TacticalAgent\\tacticalrmm.exe\" -m svc").build())).containsExactly("tactical-rmm");
    }

    @Test
    void installPathsAcrossSeparatorStylesAndVariables() {
        assertThat(ids(access().install("C:\\ProgramData\\AnyDesk").build())).containsExactly("anydesk");
        assertThat(ids(access().install("/opt/teamviewer").build())).containsExactly("teamviewer");
        assertThat(ids(access().install("/usr/local/mesh_services/meshagent/meshagent").build()))
                .containsExactly("meshcentral");
        assertThat(ids(access().install("c:/program files/rustdesk/rustdesk.exe").build())).containsExactly("rustdesk");
    }

    @Test
    void vncServerByListenerWithAndWithoutProcess() {
        SignatureMatch m = only(access().process("x11vnc", "/usr/bin/x11vnc", "x11vnc -forever")
                .listener(5900, "x11vnc").build());
        assertThat(m.signatureId()).isEqualTo("vnc");
        assertThat(m.evidence()).extracting(Evidence::field).contains(EvidenceField.PROCESS_NAME,
                EvidenceField.LISTENING_PORT, EvidenceField.LISTENER_PROCESS);
        SignatureMatch portOnly = only(access().listener(5901, "").build());
        assertThat(portOnly.onlyFrom(EvidenceField.LISTENING_PORT)).isTrue();
        assertThat(ids(access().listener(3389, "svchost.exe").build())).containsExactly("rdp-server");
    }

    @Test
    void inboundConnectionsOwnedByAToolAreEvidence() {
        SignatureMatch m = only(access().connection("AnyDesk.exe", "203.0.113.9", 7070).build());
        assertThat(m.evidence()).extracting(Evidence::field).containsExactly(EvidenceField.CONNECTION_PROCESS);
        assertThat(m.evidence().get(0).observed()).contains("203.0.113.9");
    }

    @Test
    void severalToolsAtOnceAreEachReported() {
        RemoteAccess a = access().process("AnyDesk.exe", "", "").process("rustdesk", "", "")
                .process("TeamViewer_Service.exe", "", "").build();
        assertThat(ids(a)).containsExactlyInAnyOrder("anydesk", "rustdesk", "teamviewer");
    }

    @Test
    void quietOnLookAlikes() {
        RemoteAccess a = access()
                .process("mstsc.exe", "C:\\Windows\\System32\\mstsc.exe", "mstsc /v:server") // an outgoing RDP client
                .process("vncviewer.exe", "C:\\Program Files\\RealVNC\\VNC Viewer\\vncviewer.exe", "")
                .process("Teams.exe", "", "")
                .process("anydesk-helper-notes.txt", "", "") // name merely starting like a tool
                .service("TermService", "Remote Desktop Services", "C:\\Windows\\System32\\svchost.exe -k termsvcs")
                .install("C:\\Users\\alice\\Documents\\AnyDeskNotes")
                .listener(22, "sshd").listener(443, "nginx").listener(8080, "java")
                .connection("chrome.exe", "142.250.1.1", 443)
                .build();
        assertThat(CLASSIFIER.remoteTools(a)).isEmpty();
        assertThat(CLASSIFIER.remoteTools(RemoteAccess.EMPTY)).isEmpty();
    }

    @Test
    void evidenceIsCappedPerField() {
        var b = access();
        for (int i = 0; i < 50; i++) {
            b.connection("AnyDesk.exe", "198.51.100." + i, 7070);
        }
        assertThat(only(b.build()).evidence()).hasSize(TraceMatcher.MAX_EVIDENCE_PER_FIELD);
    }
}
