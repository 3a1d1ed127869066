package dev.farmguard.agent.state;

import java.io.IOException;
import java.nio.file.Path;

/** Another agent process holds the state directory's lock. */
public final class StateDirectoryInUseException extends IOException {

    public StateDirectoryInUseException(Path root, String ownerPid) {
        super("state directory " + root + " is in use by another farmguard-agent process"
                + (ownerPid.matches("[0-9]+") ? " (pid " + ownerPid + ")" : "")
                + ": stop that agent first, or give this one its own --state-dir");
    }
}
