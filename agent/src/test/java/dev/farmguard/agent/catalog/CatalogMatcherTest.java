package dev.farmguard.agent.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.testing.TestCatalog;
import dev.farmguard.proto.v1.Catalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogMatcherTest {

    private final CatalogMatcher matcher = TestCatalog.matcher();

    @Test
    void matchesProcessNamesCaseInsensitivelyWithWildcards() {
        assertThat(matcher.remoteToolForProcess(List.of("x11vnc"))).contains("vnc");
        assertThat(matcher.remoteToolForProcess(List.of("ANYDESK.EXE"))).contains("anydesk");
        assertThat(matcher.remoteToolForProcess(List.of("winvnc4.exe"))).contains("vnc");
        assertThat(matcher.remoteToolForProcess(List.of("TeamViewer_Desk", "TeamViewer_Desktop"))).contains("teamviewer");
        assertThat(matcher.remoteToolForProcess(List.of("bash", "sleep"))).isEmpty();
        assertThat(matcher.remoteToolForProcess(List.of("x11vnc-helper"))).isEmpty();
        assertThat(matcher.vpnForProcess(List.of("asproxy"))).contains("astrill");
    }

    @Test
    void matchesPortsServicesAndAdapters() {
        assertThat(matcher.remoteToolForPort(5900)).contains("vnc");
        assertThat(matcher.remoteToolForPort(7070)).contains("anydesk");
        assertThat(matcher.remoteToolForPort(443)).isEmpty();
        assertThat(matcher.remoteToolForService("anydesk.service")).contains("anydesk");
        assertThat(matcher.vpnForService("astrill-reconnect.service")).contains("astrill");
        assertThat(matcher.vpnForAdapter("Astrill0")).contains("astrill");
        assertThat(matcher.vpnForAdapter("tun0")).isEmpty();
    }

    @Test
    void listsInstallPathsAsWritten() {
        assertThat(matcher.vpnInstallPaths()).containsExactly(
                new CatalogMatcher.PathSignature("astrill", "/usr/local/Astrill"),
                new CatalogMatcher.PathSignature("astrill", "/Applications/Astrill.app"));
        assertThat(matcher.version()).isEqualTo("2026.01.01");
    }

    @Test
    void theBundledCatalogIsTheCollectorsFile() {
        Catalog bundled = CatalogStore.bundled();

        assertThat(bundled.getVersion()).isNotEmpty();
        assertThat(bundled.getRemoteToolsList()).isNotEmpty();
        assertThat(WildcardPattern.compile("astrill*").matches("ASTRILL-tun")).isTrue();
        assertThat(WildcardPattern.compile("a.b").matches("axb")).isFalse();
        assertThat(WildcardPattern.compile("*").matches("")).isFalse();
    }
}
