package dev.farmguard.agent.probe.input;

import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.User32;
import com.sun.jna.platform.win32.WinUser;
import com.sun.jna.ptr.IntByReference;
import java.util.Optional;

/** The live {@link WindowsInputSource}: ProcessIdToSessionId, GetLastInputInfo and GetTickCount. */
public final class JnaWindowsInput implements WindowsInputSource {

    @Override
    public int ownSessionId() {
        IntByReference session = new IntByReference(-1);
        return Kernel32.INSTANCE.ProcessIdToSessionId(Kernel32.INSTANCE.GetCurrentProcessId(), session)
                ? session.getValue() : -1;
    }

    @Override
    public Optional<int[]> lastInputTicks() {
        WinUser.LASTINPUTINFO info = new WinUser.LASTINPUTINFO();
        if (!User32.INSTANCE.GetLastInputInfo(info)) {
            return Optional.empty();
        }
        return Optional.of(new int[] {Kernel32.INSTANCE.GetTickCount(), info.dwTime});
    }
}
