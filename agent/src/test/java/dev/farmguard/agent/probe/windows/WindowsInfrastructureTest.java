package dev.farmguard.agent.probe.windows;

import dev.farmguard.agent.probe.InstallPathFinder;
import dev.farmguard.agent.testing.RecordedCommands;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmguard.agent.probe.ProbeException;
import dev.farmguard.agent.probe.command.Command;
import dev.farmguard.agent.testing.FakeWindows;
import dev.farmguard.agent.testing.RegExport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowsInfrastructureTest {

    @TempDir
    Path drives;

    @Test
    void powerShellCommandsAreEncodedAndUseSystem32() {
        Command command = WindowsCommandLines.powerShell(Map.of("SYSTEMROOT", "D:\\Win"), "x", "Get-Date", false);

        assertThat(command.name()).isEqualTo("powershell:x");
        assertThat(command.argv().get(0)).isEqualTo("D:\\Win\\System32\\WindowsPowerShell\\v1.0\\powershell.exe");
        String script = new String(Base64.getDecoder().decode(command.argv().get(command.argv().size() - 1)),
                StandardCharsets.UTF_16LE);
        assertThat(script).contains("UTF8Encoding $false").endsWith("Get-Date");
        assertThat(WindowsCommandLines.system32(Map.of(), "netsh.exe", "wlan", "show", "interfaces").argv())
                .containsExactly("C:\\Windows\\System32\\netsh.exe", "wlan", "show", "interfaces");
    }

    @Test
    void cimJsonReadsWhatConvertToJsonPrints() throws ProbeException {
        JsonNode single = CimJson.parse("{\"A\":\"x\",\"N\":\"42\",\"L\":[1,\"2\"],\"B\":\"True\",\"D\":\"\\/Date(1700000000000)\\/\"}",
                "t");

        assertThat(CimJson.items(single)).hasSize(1);
        assertThat(CimJson.items(CimJson.parse("", "t"))).isEmpty();
        assertThat(CimJson.number(single, "N", -1)).isEqualTo(42);
        assertThat(CimJson.numbers(single, "L")).containsExactly(1L, 2L);
        assertThat(CimJson.bool(single, "B")).contains(true);
        assertThat(CimJson.strings(single, "A")).containsExactly("x");
        assertThat(CimJson.instant(single, "D")).contains(Instant.ofEpochMilli(1_700_000_000_000L));
        assertThat(CimJson.parseInstant("20261121100000.500000-300")).contains(Instant.parse("2026-11-21T15:00:00.5Z"));
        assertThat(CimJson.parseInstant("2026-11-21T10:00:00.1234567+01:00")).contains(Instant.parse("2026-11-21T09:00:00.1234567Z"));
        assertThat(CimJson.parseInstant("yesterday")).isEmpty();
        assertThatThrownBy(() -> CimJson.parse("{oops", "powershell:x")).hasMessageStartingWith("powershell:x printed no valid JSON");
    }

    @Test
    void installPathsExpandVariablesAndWildcardsCaseInsensitively() throws IOException {
        Files.createDirectories(drives.resolve("C/Users/alice/AppData/Roaming/AnyDesk"));
        Files.createDirectories(drives.resolve("C/Users/bob/AppData/Roaming/anydesk"));
        Files.createDirectories(drives.resolve("C/Users/carol/AppData/Roaming"));
        InstallPathFinder paths = FakeWindows.of(new RecordedCommands(), new RegExport(), drives).installPaths();

        assertThat(paths.find("%SystemDrive%\\Users\\*\\AppData\\Roaming\\AnyDesk")).containsExactly(
                "C:\\Users\\alice\\AppData\\Roaming\\AnyDesk", "C:\\Users\\bob\\AppData\\Roaming\\anydesk");
        assertThat(paths.find("/usr/bin/anydesk")).isEmpty();
        assertThat(paths.find("%NOT_SET%\\AnyDesk")).isEmpty();
    }

    @Test
    void registryExportsDecodeEveryValueType() {
        RegExport registry = new RegExport().loadText("""
                Windows Registry Editor Version 5.00

                [HKEY_LOCAL_MACHINE\\SOFTWARE\\Test\\Sub]
                @="default"
                "Text"="C:\\\\Program Files\\\\\\"x\\""
                "Dword"=dword:ffffffff
                "Qword"=hex(b):01,00,00,00,00,00,00,00
                "Multi"=hex(7):61,00,00,00,62,00,00,00,00,00
                "Expand"=hex(2):25,00,58,00,25,00,00,00
                "Binary"=hex:01,02,\\
                  03
                """);

        assertThat(registry.subKeys("HKLM\\SOFTWARE")).containsExactly("Test");
        assertThat(registry.string("HKLM\\software\\test\\sub", "")).isEqualTo("default");
        assertThat(registry.string("HKLM\\SOFTWARE\\Test\\Sub", "Text")).isEqualTo("C:\\Program Files\\\"x\"");
        assertThat(registry.number("HKLM\\SOFTWARE\\Test\\Sub", "Dword")).contains(0xFFFFFFFFL);
        assertThat(registry.number("HKLM\\SOFTWARE\\Test\\Sub", "Qword")).contains(1L);
        assertThat(registry.strings("HKLM\\SOFTWARE\\Test\\Sub", "Multi")).containsExactly("a", "b");
        assertThat(registry.string("HKLM\\SOFTWARE\\Test\\Sub", "Expand")).isEqualTo("%X%");
        assertThat(registry.binary("HKLM\\SOFTWARE\\Test\\Sub", "Binary")).containsExactly(1, 2, 3);
        assertThat(registry.values("HKLM\\SOFTWARE\\Missing")).isEmpty();
    }
}
