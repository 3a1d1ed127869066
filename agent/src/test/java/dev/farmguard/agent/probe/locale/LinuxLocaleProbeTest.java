package dev.farmguard.agent.probe.locale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.probe.ProbeWarnings;
import dev.farmguard.agent.testing.FakeTree;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinuxLocaleProbeTest {

    private static final Clock JULY = Clock.fixed(Instant.parse("2026-07-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    @Test
    void readsZoneLocaleLayoutsAndClock() {
        new FakeTree(root)
                .link("/etc/localtime", "/usr/share/zoneinfo/Asia/Seoul")
                .file("/etc/timezone", "Europe/London\n")
                .file("/etc/default/locale", "LANG=ko_KR.UTF-8\n")
                .file("/etc/default/keyboard", "XKBLAYOUT=\"us,kr\"\n")
                .file("/etc/vconsole.conf", "KEYMAP=kr\nXKBLAYOUT=us\n");

        LocaleInfo info = new LinuxLocaleProbe(root, Map.of("LANG", "C.UTF-8"), JULY, () -> Optional.of(true))
                .collect(ProbeWarnings.IGNORE);

        assertThat(info).isEqualTo(new LocaleInfo("Asia/Seoul", 9 * 3600, "ko-KR", List.of("us", "kr"), List.of(), true));
    }

    @Test
    void prefersTheEnvironmentLocaleAndFallsBackToEtcTimezone() {
        new FakeTree(root)
                .file("/etc/timezone", "America/Phoenix\n")
                .file("/etc/locale.conf", "LANG=de_DE.UTF-8\n")
                .file("/etc/X11/xorg.conf.d/00-keyboard.conf", "Section \"InputClass\"\n Option \"XkbLayout\" \"ru\"\nEndSection\n");

        LocaleInfo info = new LinuxLocaleProbe(root, Map.of("LANG", "en_US.UTF-8"), JULY, Optional::empty)
                .collect(ProbeWarnings.IGNORE);

        assertThat(info.timeZone()).isEqualTo("America/Phoenix");
        assertThat(info.utcOffsetSeconds()).isEqualTo(-7 * 3600);
        assertThat(info.locale()).isEqualTo("en-US");
        assertThat(info.keyboardLayouts()).containsExactly("ru");
        assertThat(info.clockSynchronized()).isNull();
    }

    @Test
    void inputMethodsOfEveryUserAndTheSiteDefaultsAreCollected() {
        new FakeTree(root).copyFixture("/locale/linux/desktops").file("/etc/timezone", "Asia/Seoul\n");

        LocaleInfo info = new LinuxLocaleProbe(root, Map.of(), JULY, Optional::empty).collect(ProbeWarnings.IGNORE);

        assertThat(info.inputMethods()).containsExactly("ibus:anthy", "fcitx:pinyin", "ibus:hangul", "fcitx5:mozc",
                "fcitx5:hangul");
        assertThat(info.keyboardLayouts()).containsExactly("us", "kr+kr104");
    }
}
