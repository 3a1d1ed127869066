package dev.farmguard.agent.probe.power;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.win32.StdCallLibrary;
import java.util.Optional;

/** The live {@link WindowsPowerStatusSource}: kernel32 {@code GetSystemPowerStatus} into a raw buffer. */
public final class JnaWindowsPowerStatus implements WindowsPowerStatusSource {

    private interface Kernel32Power extends StdCallLibrary {
        boolean GetSystemPowerStatus(Pointer status);
    }

    private static final class Library {
        static final Kernel32Power KERNEL32 = Native.load("kernel32", Kernel32Power.class);
    }

    @Override
    public Optional<byte[]> read() {
        try (Memory status = new Memory(SystemPowerStatus.BYTES)) {
            status.clear();
            if (!Library.KERNEL32.GetSystemPowerStatus(status)) {
                return Optional.empty();
            }
            return Optional.of(status.getByteArray(0, SystemPowerStatus.BYTES));
        }
    }
}
