package dev.farmguard.agent.probe.locale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.probe.command.CommandResult;
import dev.farmguard.agent.testing.FakeWindows;
import dev.farmguard.agent.testing.RecordedCommands;
import dev.farmguard.agent.testing.RegExport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowsLocaleProbeTest {

    static final String CASE = "/locale/windows/korean-ime/";
    private static final Clock JULY = Clock.fixed(Instant.parse("2026-07-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String KOREAN_IME =
            "0412:{A028AE76-01B1-46C2-99C4-ACD9858AE02F}{B5FE1F02-D5F2-4445-9C03-C568F23C99A1}";

    @TempDir
    Path drives;

    private LocaleInfo collect(String dir, List<String> warnings) {
        RecordedCommands commands = new RecordedCommands().resource("w32tm /query /status", dir + "w32tm-query-status.txt");
        return new WindowsLocaleProbe(FakeWindows.of(commands, new RegExport().load(dir + "registry.reg"), drives), JULY)
                .collect(warnings::add);
    }

    @Test
    void readsAnArizonaLaptopWithAKoreanImeAdded() {
        List<String> warnings = new ArrayList<>();

        assertThat(collect(CASE, warnings)).isEqualTo(new LocaleInfo("America/Phoenix", -7 * 3600, "en-US",
                List.of("00000409", "00000412"), List.of(KOREAN_IME), true));
        assertThat(warnings).isEmpty();
    }

    @Test
    void anEntraIdUserWithASubstitutedLayoutAndAZoneUnknownToCldr() {
        List<String> warnings = new ArrayList<>();
        LocaleInfo info = collect("/locale/windows/entra-user/", warnings);

        assertThat(info).isEqualTo(new LocaleInfo("", 12 * 3600, "ko-KR", List.of("00010409"), List.of(), false));
        assertThat(warnings).containsExactly(
                "Windows time zone 'Kamchatka Standard Time' has no IANA mapping; offset from ActiveTimeBias");
    }

    @Test
    void withoutUserHivesTheSystemLocaleIsUsed() {
        RegExport registry = new RegExport().loadText("""
                Windows Registry Editor Version 5.00

                [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\TimeZoneInformation]
                "TimeZoneKeyName"="Korea Standard Time"

                [HKEY_USERS\\.DEFAULT\\Control Panel\\International]
                "LocaleName"="ko-KR"
                """);
        RecordedCommands commands = new RecordedCommands().result("w32tm /query /status",
                new CommandResult(1, "The following error occurred: The service has not been started. (0x80070426)\r\n"));
        List<String> warnings = new ArrayList<>();

        LocaleInfo info = new WindowsLocaleProbe(FakeWindows.of(commands, registry, drives), JULY).collect(warnings::add);

        assertThat(info).isEqualTo(new LocaleInfo("Asia/Seoul", 9 * 3600, "ko-KR", List.of(), List.of(), null));
        assertThat(warnings).containsExactly("no user profile loaded: keyboard layouts and input methods unknown");
    }

    @Test
    void everyCldrMappingIsAZoneJavaKnows() {
        Map<String, String> all = WindowsZones.all();

        assertThat(all).hasSizeGreaterThan(130).containsEntry("us mountain standard time", "America/Phoenix");
        all.values().forEach(id -> assertThat(ZoneId.of(id)).isNotNull());
        assertThat(WindowsZones.iana("Korea Standard Time")).contains("Asia/Seoul");
        assertThat(WindowsZones.iana("North Korea Standard Time")).contains("Asia/Pyongyang");
        assertThat(WindowsZones.iana("Nowhere Standard Time")).isEmpty();
    }

    @Test
    void w32tmWithoutALeapIndicatorIsUnknown() {
        assertThat(W32tmStatus.synchronizedClock(List.of("Indicateur de saut : 0(aucun avertissement)"))).isEmpty();
        assertThat(W32tmStatus.synchronizedClock(List.of("Leap Indicator: 0(no warning)",
                "Source: Free-running System Clock"))).contains(false);
    }

    @Test
    void onlyRealUserHivesAreRead() {
        assertThat(WindowsInputProfiles.userHives(List.of(".DEFAULT", "S-1-5-18", "S-1-5-19", "S-1-5-20",
                "S-1-5-21-1-2-3-1001", "S-1-5-21-1-2-3-1001_Classes", "S-1-12-1-4-5-6-7")))
                .containsExactly("S-1-5-21-1-2-3-1001", "S-1-12-1-4-5-6-7");
    }
}
