package dev.farmguard.agent.probe.locale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.probe.ShellVariables;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocaleParsersTest {

    @ParameterizedTest
    @CsvSource({
        "en_US.UTF-8, en-US",
        "ko_KR.UTF-8, ko-KR",
        "de_DE@euro, de-DE",
        "pt_BR, pt-BR",
        "fr, fr",
        "es_419.UTF-8, es-419",
        "C.UTF-8, ''",
        "POSIX, ''",
        "'', ''",
        "123_xx, ''",
    })
    void convertsPosixLocalesToBcp47(String posix, String tag) {
        assertThat(LocaleTags.fromPosix(posix)).isEqualTo(tag);
    }

    @Test
    void readsKeyboardLayoutsFromDebianAndXorgFiles() {
        List<String> debian = List.of(
                "# KEYBOARD CONFIGURATION FILE",
                "XKBMODEL=\"pc105\"",
                "XKBLAYOUT=\"us,kr\"",
                "XKBVARIANT=\",kr104\"",
                "BACKSPACE=\"guess\"");
        List<String> xorg = List.of(
                "Section \"InputClass\"",
                "        Identifier \"system-keyboard\"",
                "        MatchIsKeyboard \"on\"",
                "        Option \"XkbLayout\" \"de,ru\"",
                "EndSection");

        assertThat(KeyboardConfig.xkbLayouts(ShellVariables.parse(debian))).containsExactly("us", "kr");
        assertThat(KeyboardConfig.xorgLayouts(xorg)).containsExactly("de", "ru");
        assertThat(KeyboardConfig.xkbLayouts(ShellVariables.parse(List.of("KEYMAP=us")))).isEmpty();
    }

    @Test
    void readsTimeZonesFromLinkAndFile() {
        assertThat(LinuxTimeZone.fromLocaltimeLink("../usr/share/zoneinfo/America/Phoenix")).contains("America/Phoenix");
        assertThat(LinuxTimeZone.fromLocaltimeLink("/usr/share/zoneinfo/posix/Asia/Seoul")).contains("Asia/Seoul");
        assertThat(LinuxTimeZone.fromLocaltimeLink("/etc/alternatives/localtime")).isEmpty();
        assertThat(LinuxTimeZone.fromLocaltimeLink("/usr/share/zoneinfo/Not/AZone")).isEmpty();
        assertThat(LinuxTimeZone.fromTimezoneFile("# comment\nEurope/Berlin\n")).contains("Europe/Berlin");
        assertThat(LinuxTimeZone.fromTimezoneFile("")).isEmpty();
    }

    @Test
    void interpretsAdjtimexStates() {
        assertThat(ClockSync.fromAdjtimexResult(0)).contains(true);
        assertThat(ClockSync.fromAdjtimexResult(4)).contains(true);
        assertThat(ClockSync.fromAdjtimexResult(5)).contains(false);
        assertThat(ClockSync.fromAdjtimexResult(-1)).isEqualTo(Optional.empty());
    }

    @Test
    void parsesShellVariablesWithQuotes() {
        assertThat(ShellVariables.parse(List.of("NAME=\"Debian GNU/Linux\"", "ID=debian", "X='single quoted'",
                "ESC=\"a \\\"b\\\"\"", "# c", "garbage")))
                .containsEntry("NAME", "Debian GNU/Linux")
                .containsEntry("ID", "debian")
                .containsEntry("X", "single quoted")
                .containsEntry("ESC", "a \"b\"")
                .hasSize(4);
    }
}
