package dev.farmguard.collector.detect.device;

import dev.farmguard.collector.detect.DetectionConfig;
import dev.farmguard.collector.detect.DeviceContext;
import dev.farmguard.collector.detect.DeviceRule;
import dev.farmguard.collector.detect.Findings;
import dev.farmguard.collector.model.DeviceSnapshot;
import dev.farmguard.collector.model.Display;
import dev.farmguard.collector.model.Finding;
import dev.farmguard.collector.model.Finding.Severity;
import dev.farmguard.collector.model.Identity;
import dev.farmguard.collector.model.Power;
import dev.farmguard.collector.model.UserSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A laptop nobody sits at. Lid closed, on AC and never sleeping is how many docked laptops live (IT power policies),
 * so none of it counts while someone is at the console: local input in check-ins without a remote session, on a
 * laptop without an IP-KVM-like USB device (a catalog KVM identity or a composite gadget), whose input looks local.
 * {@code headless.unattended} (high): nobody at the console, it never slept for {@code always-on} or longer (no pause
 * over 3 h between snapshots), always on AC, and lid closed or built-in panel dark nearly all the time, or driven by
 * remote sessions meanwhile. {@code headless.always_on} (medium): nobody at the console, never slept, always on AC,
 * panel in use, no remote session seen.
 * {@code headless.no_local_input} (medium): remote sessions are active while the console session is not.
 * {@code headless.restless_input} (medium): input that never rests ({@link RestlessInput}), which is then no sign of
 * anyone at the console either.
 * Desktops, servers and virtual machines are always on and lidless by design: nothing is judged for them.
 */
public final class HeadlessRule implements DeviceRule {

    static final Duration MAX_PAUSE = Duration.ofHours(3);
    static final long ACTIVE_INPUT_MILLIS = 5 * 60_000L;
    static final double NEARLY_ALL = 0.9;
    static final double ALWAYS_AC = 0.95;
    /** Check-ins with local input that show someone at the console; one could be a cat on the keyboard. */
    static final int ATTENDED_CHECK_INS = 2;

    private final DetectionConfig config;

    public HeadlessRule(DetectionConfig config) {
        this.config = config;
    }

    @Override
    public String id() {
        return "headless";
    }

    @Override
    public List<Finding> evaluate(DeviceContext context) {
        List<DeviceSnapshot> history = context.history();
        Identity.Chassis chassis = context.latest().identity() == null ? Identity.Chassis.UNKNOWN
                : context.latest().identity().chassis();
        boolean laptop = chassis == Identity.Chassis.LAPTOP;
        if (chassis == Identity.Chassis.DESKTOP || chassis == Identity.Chassis.SERVER
                || chassis == Identity.Chassis.VIRTUAL) {
            return List.of(); // always on and without a lid by design
        }
        int powerKnown = 0;
        int onAc = 0;
        int darkCheckIns = 0;
        int inputKnown = 0;
        int localInput = 0;
        int remoteOnly = 0;
        int remoteSessions = 0;
        int remotelyDriven = 0;
        LoggedSessions logged = LoggedSessions.of(history);
        for (DeviceSnapshot s : history) {
            Power p = s.power() == null ? Power.UNKNOWN : s.power();
            if (p.source() != Power.Source.UNKNOWN) {
                powerKnown++;
                onAc += p.source() == Power.Source.AC ? 1 : 0;
            }
            darkCheckIns += laptop && (p.lid() == Power.Lid.CLOSED
                    || (!s.displays().isEmpty() && !internalPanelActive(s))) ? 1 : 0;
            boolean remote = s.sessions().stream().anyMatch(u -> u.kind() == UserSession.Kind.REMOTE && u.active());
            boolean driven = remote || logged.openAt(s.collectedAt()) || inboundToolSession(s, context);
            remotelyDriven += driven ? 1 : 0;
            if (s.input() != null && s.input().known()) {
                inputKnown++;
                localInput += s.input().activeWithin(ACTIVE_INPUT_MILLIS) && !driven ? 1 : 0;
            }
            if (remote) {
                remoteSessions++;
                boolean console = s.sessions().stream().anyMatch(u -> u.kind() == UserSession.Kind.CONSOLE && u.active());
                remoteOnly += console ? 0 : 1;
            }
        }
        boolean kvmLike = !context.classification().usbKvms().isEmpty() || !context.classification().usbTells().isEmpty();
        Optional<RestlessInput> restless = RestlessInput.of(history);
        // input that never rests is not a person at the console, however local it looks
        boolean attended = localInput >= ATTENDED_CHECK_INS && !kvmLike && restless.isEmpty();
        List<Finding> out = new ArrayList<>();
        restless.ifPresent(r -> out.add(Findings.of("headless.restless_input", Severity.MEDIUM,
                        "fresh input at " + r.activeCheckIns() + " of " + r.measuredCheckIns() + " check-ins, at "
                                + r.hoursOfDay() + " hours of the day, for " + r.span().toHours()
                                + " hours: a jiggler or injected input, not a person")
                .with("activeCheckIns", r.activeCheckIns()).with("measuredCheckIns", r.measuredCheckIns())
                .with("hoursOfDay", r.hoursOfDay()).with("hours", r.span().toHours()).build()));
        Duration awake = longestAwake(history);
        double acShare = powerKnown == 0 ? 0 : (double) onAc / powerKnown;
        double darkShare = (double) darkCheckIns / history.size();
        boolean alwaysOn = awake.compareTo(config.thresholds().alwaysOn()) >= 0 && acShare >= ALWAYS_AC;
        boolean dark = laptop && darkShare >= NEARLY_ALL;
        if (alwaysOn && !attended && inputKnown > 0 && (dark || remotelyDriven > 0)) {
            out.add(Findings.of("headless.unattended", Severity.HIGH,
                            "the laptop never slept for " + awake.toHours() + " hours, on AC, "
                                    + (dark ? "lid closed or panel dark" : "driven by remote sessions")
                                    + ", with nobody at its console")
                    .with("awakeHours", awake.toHours()).with("acShare", Findings.share(onAc, powerKnown))
                    .with("panelDarkShare", Findings.share(darkCheckIns, history.size()))
                    .with("localInputCheckIns", localInput)
                    .with("remoteSessionCheckIns", remotelyDriven)
                    .with("snapshots", history.size()).build());
        } else if (alwaysOn && !attended) {
            out.add(Findings.of("headless.always_on", Severity.MEDIUM,
                            "the laptop never slept for " + awake.toHours() + " hours, on AC, with nobody at its console")
                    .with("awakeHours", awake.toHours()).with("acShare", Findings.share(onAc, powerKnown))
                    .with("localInputCheckIns", localInput)
                    .with("snapshots", history.size()).build());
        }
        if (remoteOnly > 0 && remoteOnly * 2 >= remoteSessions) {
            out.add(Findings.of("headless.no_local_input", Severity.MEDIUM,
                            "remote sessions are active while nobody is logged in at the console")
                    .with("snapshots", remoteOnly).with("ofRemoteSessionSnapshots", remoteSessions).build());
        }
        return out;
    }

    /**
     * Whether a remote tool drives the laptop at this check-in by what the check-in itself shows (its input is then not
     * local): a peer connected into a port the tool listens on, or a session the tool runs only while someone is
     * connected (its session process or relay connection).
     */
    private static boolean inboundToolSession(DeviceSnapshot s, DeviceContext context) {
        return s.remoteAccess() != null && (s.remoteAccess().peerConnectedIn()
                || !context.liveSessions(s).isEmpty());
    }

    private static boolean internalPanelActive(DeviceSnapshot s) {
        for (Display d : s.displays()) {
            if (d.connection() == Display.Connection.INTERNAL && d.connected() && d.active()) {
                return true;
            }
        }
        return false;
    }

    /** The longest stretch of snapshots with no pause over {@link #MAX_PAUSE} between them. */
    static Duration longestAwake(List<DeviceSnapshot> history) {
        Duration best = Duration.ZERO;
        int start = 0;
        for (int i = 1; i <= history.size(); i++) {
            boolean broken = i == history.size() || Duration.between(history.get(i - 1).collectedAt(),
                    history.get(i).collectedAt()).compareTo(MAX_PAUSE) > 0;
            if (broken) {
                Duration stretch = Duration.between(history.get(start).collectedAt(), history.get(i - 1).collectedAt());
                if (stretch.compareTo(best) > 0) {
                    best = stretch;
                }
                start = i;
            }
        }
        return best;
    }
}
