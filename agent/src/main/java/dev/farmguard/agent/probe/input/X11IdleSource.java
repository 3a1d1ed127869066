package dev.farmguard.agent.probe.input;

import java.util.OptionalLong;

/** Milliseconds since the last input on an X display ({@link X11ScreenSaverIdle} live). */
@FunctionalInterface
public interface X11IdleSource {

    /** Empty when the display cannot be opened or lacks the MIT-SCREEN-SAVER extension. */
    OptionalLong idleMillis(String display);

    X11IdleSource NONE = display -> OptionalLong.empty();
}
