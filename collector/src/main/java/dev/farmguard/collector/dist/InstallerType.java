package dev.farmguard.collector.dist;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What {@code package --type} produces; each installer type is built on its own OS, as jpackage requires. */
public enum InstallerType {
    CONFIG(null, null),
    DEB("linux", "/var/lib/farmguard-agent"),
    RPM("linux", "/var/lib/farmguard-agent"),
    MSI("windows", "C:\\ProgramData\\FarmguardAgent"),
    PKG("mac", "/var/db/farmguard-agent");

    private final String buildOs;
    private final String stateDir;

    InstallerType(String buildOs, String stateDir) {
        this.buildOs = buildOs;
        this.stateDir = stateDir;
    }

    /** The jpackage {@code --type}, and the name on the command line. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The agent's state directory on the target OS (null for a bare configuration: the agent's default). */
    public String stateDir() {
        return stateDir;
    }

    /** The {@code os.name} prefix (lower case) jpackage must run on to build this type; null for config. */
    public String buildOs() {
        return buildOs;
    }

    public static InstallerType parse(String text) {
        for (InstallerType type : values()) {
            if (type.cliName().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new IllegalArgumentException("--type: '" + text + "' is not one of "
                + Arrays.stream(values()).map(InstallerType::cliName).collect(Collectors.joining(", ")));
    }
}
