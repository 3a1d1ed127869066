package dev.farmguard.agent.probe.macos;

/** A command could not be run to completion: missing program, time limit, output limit, interruption. */
public final class CommandException extends Exception {

    public CommandException(String message) {
        super(message);
    }

    public CommandException(String message, Throwable cause) {
        super(message, cause);
    }
}
