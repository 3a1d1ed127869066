package dev.farmguard.collector.detect.device;

import static dev.farmguard.collector.detect.RuleFixtures.CONFIG;
import static dev.farmguard.collector.detect.RuleFixtures.context;
import static dev.farmguard.collector.detect.RuleFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Power;
import dev.farmguard.collector.model.UserSession;
import dev.farmguard.collector.testing.SampleEdids;
import dev.farmguard.collector.testing.SnapshotBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlessRuleTest {

    private final HeadlessRule rule = new HeadlessRule(CONFIG);
    private static final byte[] MONITOR = SampleEdids.find("LNX", "5312", "LANIX LX900T");

    private List<String> evaluate(List<DeviceSnapshot> history) {
        return rules(rule.evaluate(context(history, null)));
    }

    /** Working hours only (9:00-17:00 UTC) over {@code days} days, hourly. */
    private static List<DeviceSnapshot> workdays(SnapshotBuilder first, int days) {
        List<DeviceSnapshot> out = new ArrayList<>();
        SnapshotBuilder b = first;
        for (int d = 0; d < days; d++) {
            for (int h = 0; h < 8; h++) {
                b = out.isEmpty() ? b : b.copy(Duration.ofHours(h == 0 ? 16 : 1));
                out.add(b.build());
            }
        }
        return out;
    }

    /** Idle for hours at every check-in: nobody touches the keyboard, the touchpad or a docked keyboard. */
    private static final long NOBODY = 6 * 3600_000L;

    @Test
    void aLaptopThatNeverSleepsOnAcWithTheLidClosedAndNobodyAtItIsUnattended() {
        List<DeviceSnapshot> h = SnapshotBuilder.laptop("d1").power(Power.Source.AC, Power.Lid.CLOSED)
                .displays(false, null).idle(NOBODY).series(72, Duration.ofHours(1), (i, b) -> { });
        assertThat(evaluate(h)).containsExactly("headless.unattended:high");
    }

    @Test
    void aDockedLaptopThatNeverSleepsWithSomeoneAtTheConsoleIsNothing() {
        // IT power policy: never sleep; lid closed on a dock with a monitor; the holder types by day
        List<DeviceSnapshot> h = SnapshotBuilder.laptop("d1").power(Power.Source.AC, Power.Lid.CLOSED)
                .displays(false, MONITOR).series(72, Duration.ofHours(1),
                        (i, b) -> b.idle(i % 24 >= 9 && i % 24 < 17 ? 30_000 : NOBODY));
        assertThat(evaluate(h)).isEmpty();
    }

    @Test
    void inputWhileAPeerIsConnectedIntoTheToolIsNotLocal() {
        // AnyDesk accepts a direct session on 7070 whenever the operator works: the input is theirs
        List<DeviceSnapshot> h = SnapshotBuilder.laptop("d1").power(Power.Source.AC, Power.Lid.CLOSED)
                .displays(false, MONITOR).listener("0.0.0.0", 7070, "AnyDesk.exe")
                .series(72, Duration.ofHours(1), (i, b) -> {
                    boolean working = i % 24 < 9;
                    b.idle(working ? 30_000 : NOBODY).noConnections();
                    if (working) {
                        b.inboundConnection("AnyDesk.exe", 7070, "175.45.176.9", 55483);
                    }
                });
        assertThat(evaluate(h)).contains("headless.unattended:high");
    }

    @Test
    void inputWhileARelayedToolSessionRunsIsNotLocal() {
        // a Windows laptop (no lid state) on AC; RustDesk's connection manager runs only while the operator is
        // connected through the relay, and that is the only time anything types on it
        String exe = "C:\\Program Files\\RustDesk\\rustdesk.exe";
        List<DeviceSnapshot> h = SnapshotBuilder.laptop("d1").power(Power.Source.AC, Power.Lid.UNKNOWN)
                .displays(true, null).series(72, Duration.ofHours(1), (i, b) -> {
                    boolean working = i % 24 < 9;
                    b.idle(working ? 30_000 : NOBODY).noProcesses().noConnections()
                            .process("rustdesk.exe", exe, "\"" + exe + "\" --server", "rustdesk");
                    if (working) {
                        b.process("rustdesk.exe", exe, "\"" + exe + "\" --cm", "rustdesk")
                                .connection("rustdesk.exe", "203.0.113.40", 21117);
                    }
                });
        assertThat(evaluate(h)).contains("headless.unattended:high");
    }

    @Test
    void aSessionStillOpenAtACheckInIsReadFromTheLaterCheckInThatLoggedItsEnd() {
        // AnyDesk's service trace logs a session's end when it closes: at the check-ins during an eight-hour session
        // the log shows it open, and only later check-ins know it lasted through all of them
        List<DeviceSnapshot> h = SnapshotBuilder.laptop("d1").power(Power.Source.AC, Power.Lid.UNKNOWN)
                .displays(true, null).series(72, Duration.ofHours(1), (i, b) -> {
                    int hour = i % 24;
                    b.idle(hour < 8 ? 30_000 : NOBODY).noLogs();
                    for (int day = 0; day <= i / 24; day++) {
                        java.time.Instant start = SnapshotBuilder.T0.plus(Duration.ofDays(day));
                        boolean ended = day < i / 24 || hour >= 8;
                        b.incoming("anydesk", start, ended ? start.plus(Duration.ofHours(8)) : null, "431 227 918",
                                "175.45.176.9");
                    }
                });
        assertThat(evaluate(h)).contains("headless.unattended:high");
    }

    @Test
    void aRustdeskUserWhoAlsoTypesAtTheConsoleIsAttended() {
        // the holder reaches the laptop from home now and then, and works at it by day
        String exe = "C:\\Program Files\\RustDesk\\rustdesk.exe";
        List<DeviceSnapshot> h = SnapshotBuilder.laptop("d1").power(Power.Source.AC, Power.Lid.UNKNOWN)
                .displays(true, null).series(72, Duration.ofHours(1), (i, b) -> {
                    boolean evening = i % 24 >= 20 && i % 24 < 22;
                    boolean day = i % 24 >= 9 && i % 24 < 17;
                    b.idle(evening || day ? 30_000 : NOBODY).noProcesses()
                            .process("rustdesk.exe", exe, "\"" + exe + "\" --server", "rustdesk");
                    if (evening) {
                        b.process("rustdesk.exe", exe, "\"" + exe + "\" --cm", "rustdesk");
                    }
                });
        assertThat(evaluate(h)).isEmpty();
    }

    @Test
    void inputThatNeverRestsIsAJigglerNotAPerson() {
        // a hardware jiggler nudges the pointer every few seconds, day and night; the operator comes in over RDP
        List<DeviceSnapshot> h = SnapshotBuilder.laptop("d1").power(Power.Source.AC, Power.Lid.UNKNOWN)
                .displays(true, null).series(72, Duration.ofHours(1), (i, b) -> {
                    b.idle(3_000 + (i * 7_919L) % 25_000).noSessions();
                    if (i % 24 < 9) {
                        b.session(UserSession.Kind.REMOTE, "rdp", "175.45.176.9", SnapshotBuilder.T0, true);
                    }
                });
        assertThat(evaluate(h)).contains("headless.restless_input:medium", "headless.unattended:high");
    }

    @Test
    void longDaysAndAnOsThatOnlySaysNotIdleAreNotRestless() {
        // someone at the keyboard 16 hours a day is a long day, not a jiggler
        List<DeviceSnapshot> longDays = SnapshotBuilder.laptop("d1").power(Power.Source.AC, Power.Lid.CLOSED)
                .displays(false, MONITOR).series(72, Duration.ofHours(1),
                        (i, b) -> b.idle(i % 24 < 16 ? 20_000 : NOBODY));
        assertThat(evaluate(longDays)).isEmpty();
        // a Linux session whose idle hint nothing ever sets says "not idle" at every check-in: no time, no judgement
        List<DeviceSnapshot> hint = SnapshotBuilder.laptop("d1").power(Power.Source.AC, Power.Lid.CLOSED)
                .displays(false, MONITOR).series(72, Duration.ofHours(1), (i, b) -> b.logindNotIdle());
        assertThat(evaluate(hint)).doesNotContain("headless.restless_input:medium");
    }

    @Test
    void logindsNotIdleIsSomeoneAtTheConsole() {
        // a graphical Linux session: logind says "not idle" by day, with no time, and idle since hours at night
        List<DeviceSnapshot> h = SnapshotBuilder.laptop("d1").power(Power.Source.AC, Power.Lid.CLOSED)
                .displays(false, MONITOR).series(72, Duration.ofHours(1), (i, b) -> {
                    if (i % 24 >= 9 && i % 24 < 17) {
                        b.logindNotIdle();
                    } else {
                        b.idle(NOBODY);
                    }
                });
        assertThat(evaluate(h)).isEmpty();
    }

    @Test
    void inputThatOnlyComesDuringRemoteSessionsIsNobodyAtTheConsole() {
        // the same dock, but every input arrives while an RDP session is open: the operator is elsewhere
        List<DeviceSnapshot> h = SnapshotBuilder.laptop("d1").power(Power.Source.AC, Power.Lid.CLOSED)
                .displays(false, MONITOR).series(72, Duration.ofHours(1), (i, b) -> {
                    boolean working = i % 24 < 9;
                    b.idle(working ? 30_000 : NOBODY).noSessions();
                    if (working) {
                        b.session(UserSession.Kind.REMOTE, "rdp", "175.45.176.9", SnapshotBuilder.T0, true);
                    }
                });
        assertThat(evaluate(h)).contains("headless.unattended:high");
    }

    @Test
    void desktopsAreAlwaysOnByDesign() {
        List<DeviceSnapshot> h = SnapshotBuilder.laptop("d1").chassis(dev.farmguard.collector.model.Identity.Chassis.DESKTOP)
                .power(Power.Source.AC, Power.Lid.UNKNOWN).series(72, Duration.ofHours(1), (i, b) -> { });
        assertThat(evaluate(h)).isEmpty();
    }

    @Test
    void neverSleepingWithTheLidOpenIsOnlyAlwaysOn() {
        List<DeviceSnapshot> h = SnapshotBuilder.laptop("d1").power(Power.Source.AC, Power.Lid.OPEN)
                .idle(NOBODY).series(72, Duration.ofHours(1), (i, b) -> { });
        assertThat(evaluate(h)).containsExactly("headless.always_on:medium");
    }

    @Test
    void aDockedClamshellUserWhoseLaptopSleepsIsNothing() {
        List<DeviceSnapshot> h = workdays(SnapshotBuilder.laptop("d1").power(Power.Source.AC, Power.Lid.CLOSED)
                .displays(false, MONITOR).idle(20_000), 5);
        assertThat(evaluate(h)).isEmpty();
    }

    @Test
    void anOrdinaryWorkdayHasNothing() {
        assertThat(evaluate(workdays(SnapshotBuilder.laptop("d1"), 5))).isEmpty();
    }

    @Test
    void aPauseOfMoreThanThreeHoursBreaksAlwaysOn() {
        List<DeviceSnapshot> h = SnapshotBuilder.laptop("d1").power(Power.Source.AC, Power.Lid.OPEN).idle(NOBODY)
                .series(60, Duration.ofHours(1), (i, b) -> b.at(b.build().collectedAt().plus(
                        Duration.ofHours(i >= 30 ? 4 : 0))));
        assertThat(evaluate(h)).isEmpty();
    }

    @Test
    void remoteSessionsWhileNobodyIsAtTheConsole() {
        SnapshotBuilder b = SnapshotBuilder.laptop("d1")
                .session(UserSession.Kind.CONSOLE, "console", "", SnapshotBuilder.T0, false)
                .session(UserSession.Kind.REMOTE, "rdp", "29.1.2.3", SnapshotBuilder.T0, true);
        assertThat(evaluate(List.of(b.build()))).containsExactly("headless.no_local_input:medium");
        SnapshotBuilder user = SnapshotBuilder.laptop("d1")
                .session(UserSession.Kind.CONSOLE, "console", "", SnapshotBuilder.T0, true);
        assertThat(evaluate(List.of(user.build()))).isEmpty();
    }
}
