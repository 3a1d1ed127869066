package dev.farmguard.agent.probe.locale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.probe.macos.MacCommands;
import dev.farmguard.agent.testing.FakeTree;
import dev.farmguard.agent.testing.RecordedCommands;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MacosLocaleProbeTest {

    static final String DIR = "/locale/macos/korean-input/";
    static final String ALICE = "/Users/alice/Library/Preferences/";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    private final List<String> warnings = new ArrayList<>();

    /** A Mac whose console user, alice, writes Korean with a US keyboard and a Russian layout enabled. */
    static RecordedCommands commands() {
        return new RecordedCommands()
                .resource(MacCommands.CONSOLE_USER, DIR + "console-user.txt")
                .resource(MacCommands.defaultsRead(ALICE + ".GlobalPreferences", "AppleLocale"), DIR + "apple-locale.txt")
                .resource(MacCommands.defaultsRead(ALICE + "com.apple.HIToolbox", "AppleEnabledInputSources"),
                        DIR + "input-sources.txt")
                .resource(MacCommands.SYSTEMSETUP_TIMEZONE, DIR + "systemsetup.txt");
    }

    @Test
    void readsTheConsoleUsersSettingsAndTheLocaltimeLink() {
        new FakeTree(root).link("/etc/localtime", "/var/db/timezone/zoneinfo/America/New_York");

        LocaleInfo info = new MacosLocaleProbe(root, commands(), CLOCK).collect(warnings::add);

        assertThat(info.timeZone()).isEqualTo("America/New_York");
        assertThat(info.utcOffsetSeconds()).isEqualTo(-5 * 3600);
        assertThat(info.locale()).isEqualTo("en-US");
        assertThat(info.keyboardLayouts()).containsExactly("U.S.", "RussianWin");
        assertThat(info.inputMethods()).containsExactly("com.apple.inputmethod.Korean",
                "com.apple.inputmethod.Korean.2SetKorean");
        assertThat(info.clockSynchronized()).isNull();
        assertThat(warnings).isEmpty();
    }

    @Test
    void atTheLoginWindowTheAgentsOwnPreferencesAndSystemsetup() {
        RecordedCommands commands = new RecordedCommands()
                .answer(MacCommands.CONSOLE_USER, 0, "root\n")
                .answer(MacCommands.defaultsRead("-g", "AppleLocale"), 1, "")
                .resource(MacCommands.defaultsRead("-g", "AppleLanguages"), DIR + "apple-languages.txt")
                .answer(MacCommands.defaultsRead("com.apple.HIToolbox", "AppleEnabledInputSources"), 1, "")
                .resource(MacCommands.SYSTEMSETUP_TIMEZONE, DIR + "systemsetup.txt");

        LocaleInfo info = new MacosLocaleProbe(root, commands, CLOCK).collect(warnings::add);

        assertThat(info.timeZone()).isEqualTo("Asia/Seoul");
        assertThat(info.utcOffsetSeconds()).isEqualTo(9 * 3600);
        assertThat(info.locale()).isEqualTo("ko-KR");
        assertThat(info.keyboardLayouts()).isEmpty();
        assertThat(warnings).containsExactly("no enabled input sources in com.apple.HIToolbox");
    }

    @Test
    void appleLocaleIds() {
        assertThat(MacosLocale.tag("zh-Hans_CN")).isEqualTo("zh-Hans-CN");
        assertThat(MacosLocale.tag("ko_KR")).isEqualTo("ko-KR");
        assertThat(MacosLocale.tag("en_US@rg=gbzzzz")).isEqualTo("en-US");
        assertThat(MacosLocale.tag("")).isEmpty();
        assertThat(MacosLocale.systemsetupZone("You need administrator access to run this tool... exiting!")).isEmpty();
    }
}
