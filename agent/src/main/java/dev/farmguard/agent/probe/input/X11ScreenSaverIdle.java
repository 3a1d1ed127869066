package dev.farmguard.agent.probe.input;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.util.OptionalLong;

/**
 * The X server's own idle counter through the MIT-SCREEN-SAVER extension ({@code libXss}): the time since the
 * last keyboard or pointer event the server saw, in milliseconds. Needs a display the agent may connect to
 * (its own {@code $DISPLAY} and X authority), so it answers only when the agent runs inside the user's session.
 */
public final class X11ScreenSaverIdle implements X11IdleSource {

    private interface Xlib extends Library {
        Pointer XOpenDisplay(String name);

        NativeLong XDefaultRootWindow(Pointer display);

        int XCloseDisplay(Pointer display);

        int XFree(Pointer data);
    }

    private interface Xss extends Library {
        boolean XScreenSaverQueryExtension(Pointer display, IntByReference eventBase, IntByReference errorBase);

        Pointer XScreenSaverAllocInfo();

        int XScreenSaverQueryInfo(Pointer display, NativeLong drawable, Pointer info);
    }

    /**
     * {@code XScreenSaverInfo} is {window: unsigned long, state: int, kind: int, til_or_since: unsigned long,
     * idle: unsigned long, eventMask: unsigned long}; idle sits after two longs and two ints.
     */
    private static final long IDLE_OFFSET = 2L * Native.LONG_SIZE + 8;

    @Override
    public OptionalLong idleMillis(String display) {
        if (display == null || display.isBlank()) {
            return OptionalLong.empty();
        }
        Xlib xlib;
        Xss xss;
        try {
            xlib = Native.load("X11", Xlib.class);
            xss = Native.load("Xss", Xss.class);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return OptionalLong.empty();
        }
        Pointer connection = xlib.XOpenDisplay(display);
        if (connection == null) {
            return OptionalLong.empty();
        }
        try {
            if (!xss.XScreenSaverQueryExtension(connection, new IntByReference(), new IntByReference())) {
                return OptionalLong.empty();
            }
            Pointer info = xss.XScreenSaverAllocInfo();
            if (info == null) {
                return OptionalLong.empty();
            }
            try {
                if (xss.XScreenSaverQueryInfo(connection, xlib.XDefaultRootWindow(connection), info) == 0) {
                    return OptionalLong.empty();
                }
                long idle = Native.LONG_SIZE == 8 ? info.getLong(IDLE_OFFSET)
                        : Integer.toUnsignedLong(info.getInt(IDLE_OFFSET));
                return idle >= 0 ? OptionalLong.of(idle) : OptionalLong.empty();
            } finally {
                xlib.XFree(info);
            }
        } finally {
            xlib.XCloseDisplay(connection);
        }
    }
}
