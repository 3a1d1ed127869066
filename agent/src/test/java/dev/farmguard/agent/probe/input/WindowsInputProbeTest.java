package dev.farmguard.agent.probe.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.agent.probe.session.RecordedWtsSessions;
import dev.farmguard.agent.probe.session.WtsSessionSource;
import dev.farmguard.agent.testing.FakeTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowsInputProbeTest {

    private static WindowsInputSource input(int session, int tickNow, int lastInput) {
        return new WindowsInputSource() {
            @Override
            public int ownSessionId() {
                return session;
            }

            @Override
            public Optional<int[]> lastInputTicks() {
                return Optional.of(new int[] {tickNow, lastInput});
            }
        };
    }

    @Test
    void inAUserSessionGetLastInputInfoIsUsed() {
        InputActivityInfo info = new WindowsInputProbe(input(1, 1_000_000, 940_000), List::of).collect(m -> { });

        assertThat(info).isEqualTo(new InputActivityInfo(60_000, "GetLastInputInfo"));
    }

    @Test
    void tickCountsWrapAfter49Days() {
        assertThat(WindowsInputProbe.idleMillis(5_000, -5_000)).isEqualTo(10_000);
        assertThat(WindowsInputProbe.idleMillis(Integer.MIN_VALUE, Integer.MAX_VALUE)).isEqualTo(1);
    }

    @Test
    void aServiceTakesTheConsoleSessionsLastInputTime() {
        byte[] info = FakeTree.hexResource("/sessions/windows/rdp-farm/1.wtsinfo.hex");
        WtsSessionSource console = () -> List.of(new WtsSessionSource.RawSession(1, 0, info, 0, new byte[0], ""));

        InputActivityInfo activity = new WindowsInputProbe(input(0, 0, 0), console).collect(m -> { });

        assertThat(activity).isEqualTo(new InputActivityInfo(29_000, "WTSSessionInfo:LastInputTime"));
    }

    @Test
    void aServiceWithoutConsoleLastInputSaysUnknown() {
        List<String> warnings = new ArrayList<>();
        InputActivityInfo activity = new WindowsInputProbe(input(0, 0, 0),
                RecordedWtsSessions.load("/sessions/windows/console/")).collect(warnings::add);

        assertThat(activity).isEqualTo(InputActivityInfo.unknown());
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).startsWith("console input time unknown");
    }

    @Test
    void anRdpSessionIsNotTheConsole() {
        InputActivityInfo activity = new WindowsInputProbe(input(0, 0, 0),
                RecordedWtsSessions.load("/sessions/windows/rdp-farm/")).collect(m -> { });

        assertThat(activity.idleMillis()).isEqualTo(-1);
    }
}
