package dev.farmguard.collector.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatternsTest {

    @Test
    void namesIgnoreCaseAndAnOptionalExe() {
        assertThat(NamePattern.of("anydesk").matches("AnyDesk.exe")).isTrue();
        assertThat(NamePattern.of("AnyDesk.exe").matches("anydesk")).isTrue();
        assertThat(NamePattern.of("winvnc*.exe").matches("WinVNC4.exe")).isTrue();
        assertThat(NamePattern.of("winvnc*.exe").matches("winvnc")).isTrue();
        assertThat(NamePattern.of("ScreenConnect Client (*)").matches("ScreenConnect Client (ab12)")).isTrue();
        assertThat(NamePattern.of("anydesk").matches("anydesk2")).isFalse();
        assertThat(NamePattern.of("x11vnc").matches("")).isFalse();
        assertThat(NamePattern.of("x11vnc").matches(null)).isFalse();
        assertThat(NamePattern.of("a.c").matches("abc")).as("dots are literal").isFalse();
    }

    @Test
    void pathsMatchTheFolderAndBelowAcrossSeparatorsAndVariables() {
        PathPattern p = PathPattern.of("%ProgramFiles(x86)%\\AnyDesk");
        assertThat(p.matches("C:\\Program Files (x86)\\AnyDesk")).isTrue();
        assertThat(p.matches("C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe")).isTrue();
        assertThat(p.matches("c:/program files (x86)/anydesk/")).isTrue();
        assertThat(p.matches("C:\\Program Files (x86)\\AnyDeskHelper")).isFalse();
        assertThat(PathPattern.of("C:\\Program Files\\AnyDesk\\*").matches("C:\\Program Files\\AnyDesk")).isTrue();
        assertThat(PathPattern.of("~/Library/Application Support/AnyDesk")
                .matches("/Users/bob/Library/Application Support/AnyDesk/ad.trace")).isTrue();
        assertThat(PathPattern.of("C:\\Users\\<username>\\AppData\\Local\\rustdesk")
                .matches("C:\\Users\\bob\\AppData\\Local\\rustdesk")).isTrue();
        assertThat(PathPattern.of("/usr/bin/anydesk").matches("/usr/bin/anydesk-notes")).isFalse();
        assertThat(PathPattern.of("/usr/bin/anydesk").matches("")).isFalse();
    }

    @Test
    void programOfACommandLine() {
        assertThat(CommandLines.program("\"C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe\" --service"))
                .isEqualTo("C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe");
        assertThat(CommandLines.program("C:\\Program Files\\TeamViewer\\TeamViewer.exe -nosplash"))
                .isEqualTo("C:\\Program Files\\TeamViewer\\TeamViewer.exe");
        assertThat(CommandLines.program("TeamViewer_Desktop --IPCport 5939 --Module 1")).isEqualTo("TeamViewer_Desktop");
        assertThat(CommandLines.program("/usr/bin/x11vnc")).isEqualTo("/usr/bin/x11vnc");
        assertThat(CommandLines.program(null)).isEmpty();
        assertThat(CommandLines.program("\"unterminated")).isEqualTo("unterminated");
        assertThat(PathPattern.baseName("C:\\a\\b\\AnyDesk.exe")).isEqualTo("AnyDesk.exe");
        assertThat(PathPattern.baseName("/opt/x/")).isEqualTo("x");
    }
}
