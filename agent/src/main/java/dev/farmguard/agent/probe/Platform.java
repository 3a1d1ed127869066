package dev.farmguard.agent.probe;

import java.util.Locale;

/** The operating system families the agent knows; a probe factory picks its reader by this. */
public enum Platform {
    LINUX("Linux"),
    WINDOWS("Windows"),
    MACOS("macOS"),
    OTHER("this OS");

    private final String displayName;

    Platform(String displayName) {
        this.displayName = displayName;
    }

    /** Human name used in messages, e.g. "not supported on Windows yet". */
    public String displayName() {
        return displayName;
    }

    /** The platform this JVM runs on. */
    public static Platform current() {
        return fromOsName(System.getProperty("os.name", ""));
    }

    /** Maps a {@code os.name} value to a platform. */
    public static Platform fromOsName(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("linux")) {
            return LINUX;
        }
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return MACOS;
        }
        return OTHER;
    }
}
