package dev.farmguard.agent.probe.locale;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.Optional;

/**
 * Whether the kernel clock is NTP-synchronised, asked with a read-only {@code adjtimex(2)} (modes = 0,
 * allowed without privileges): every NTP daemon (chrony, ntpd, systemd-timesyncd) clears the kernel's
 * unsynchronised flag, and the call then returns a state other than TIME_ERROR.
 */
public final class ClockSync {

    /** adjtimex return value while the clock is not synchronised. */
    static final int TIME_ERROR = 5;
    /** struct timex is 208 bytes on 64-bit Linux; leave room for any layout. */
    private static final int TIMEX_BYTES = 512;

    private interface LibC extends Library {
        int adjtimex(Pointer timex);
    }

    private ClockSync() {
    }

    /** True/false from the kernel, empty when it cannot be asked. */
    public static Optional<Boolean> linuxKernelSynchronized() {
        try {
            LibC libc = Native.load("c", LibC.class);
            try (Memory timex = new Memory(TIMEX_BYTES)) {
                timex.clear();
                return fromAdjtimexResult(libc.adjtimex(timex));
            }
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Interprets the return value: TIME_OK..TIME_WAIT = synchronised, TIME_ERROR = not, -1 = unknown. */
    static Optional<Boolean> fromAdjtimexResult(int state) {
        if (state < 0) {
            return Optional.empty();
        }
        return Optional.of(state != TIME_ERROR);
    }
}
