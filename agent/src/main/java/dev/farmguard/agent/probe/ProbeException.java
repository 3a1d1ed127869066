package dev.farmguard.agent.probe;

/** A probe could not read its family at all; the message is shown in the snapshot's probe errors. */
public final class ProbeException extends Exception {

    public ProbeException(String message) {
        super(message);
    }

    public ProbeException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The failure of a family that has no reader for this OS yet. */
    public static ProbeException notSupported(String family, Platform platform) {
        return new ProbeException(family + " probe not supported on " + platform.displayName() + " yet");
    }
}
