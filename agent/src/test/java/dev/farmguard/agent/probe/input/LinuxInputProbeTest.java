package dev.farmguard.agent.probe.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.probe.command.CommandResult;
import dev.farmguard.agent.probe.command.CommandRunner;
import dev.farmguard.agent.probe.session.LinuxSessionProbe;
import dev.farmguard.agent.testing.FakeTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinuxInputProbeTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2024-03-04T10:00:00Z"), ZoneOffset.UTC);
    private static final String FIXTURE = "/sessions/linux/logind-desktop-ssh-xrdp/";

    @TempDir
    Path root;

    private InputActivityInfo collect(CommandRunner commands, X11IdleSource x11, String display) {
        return new LinuxInputProbe(new LinuxSessionProbe(root, commands, NOW), x11, display, NOW).collect(m -> { });
    }

    private static CommandRunner loginctl(String output) {
        return command -> new CommandResult(0, output);
    }

    private void desktopAndSsh() {
        new FakeTree(root)
                .file("/run/systemd/sessions/2", FakeTree.text(FIXTURE + "sessions/2"))
                .file("/run/systemd/sessions/7", FakeTree.text(FIXTURE + "sessions/7"));
    }

    @Test
    void theXServersCounterWinsWhenTheAgentHasADisplay() {
        desktopAndSsh();

        InputActivityInfo info = collect(loginctl(FakeTree.text(FIXTURE + "loginctl-idle.txt")),
                display -> display.equals(":0") ? OptionalLong.of(1234) : OptionalLong.empty(), ":0");

        assertThat(info).isEqualTo(new InputActivityInfo(1234, "XScreenSaver"));
    }

    @Test
    void anIdleDesktopSessionGivesTheTimeSinceItsIdleHint() {
        desktopAndSsh();

        InputActivityInfo info = collect(loginctl(FakeTree.text(FIXTURE + "loginctl-idle.txt")), X11IdleSource.NONE, "");

        assertThat(info).isEqualTo(new InputActivityInfo(400_000, "logind:IdleSinceHint"));
    }

    @Test
    void aBusyDesktopSessionHasNoFigureButSaysWhy() {
        desktopAndSsh();

        InputActivityInfo info = collect(loginctl("Id=2\nIdleHint=no\nIdleSinceHint=1709545000000000\n"),
                X11IdleSource.NONE, "");

        assertThat(info).isEqualTo(new InputActivityInfo(-1, "logind:IdleHint=no"));
    }

    @Test
    void aTextConsoleUsesItsTerminalsAccessTimeWithoutLoginctl() throws IOException {
        new FakeTree(root)
                .file("/run/systemd/sessions/3", "UID=1000\nUSER=alice\nACTIVE=1\nREMOTE=0\nTYPE=tty\nCLASS=user\n"
                        + "SEAT=seat0\nTTY=tty3\nSERVICE=login\nVTNR=3\n")
                .file("/dev/tty3", "");
        Files.getFileAttributeView(root.resolve("dev/tty3"), BasicFileAttributeView.class)
                .setTimes(null, FileTime.from(Instant.parse("2024-03-04T09:58:30Z")), null);

        InputActivityInfo info = collect(CommandRunner.NONE, X11IdleSource.NONE, "");

        assertThat(info).isEqualTo(new InputActivityInfo(90_000, "/dev/tty3 atime"));
    }

    @Test
    void onlyRemoteSessionsMeanUnknownNotZero() {
        new FakeTree(root).file("/run/systemd/sessions/7", FakeTree.text(FIXTURE + "sessions/7"));

        assertThat(collect(loginctl(FakeTree.text(FIXTURE + "loginctl-idle.txt")), X11IdleSource.NONE, ""))
                .isEqualTo(InputActivityInfo.unknown());
    }

    @Test
    void theRealXReaderAnswersNothingForADisplayThatDoesNotExist() {
        assertThat(new X11ScreenSaverIdle().idleMillis(":97")).isEmpty();
        assertThat(new X11ScreenSaverIdle().idleMillis("")).isEmpty();
    }
}
