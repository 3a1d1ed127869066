package dev.farmguard.agent.cli;

/** Process exit codes of every command. */
public final class ExitCodes {

    /** Done. */
    public static final int OK = 0;
    /** The work failed: not acknowledged, collector unreachable at the deadline, replay had errors. */
    public static final int FAILED = 1;
    /** Bad command line or configuration (bad HOST:PORT, missing CA file, unusable state directory). */
    public static final int USAGE = 2;
    /** The watchdog found the agent over its resource budget: the service manager starts it again. */
    public static final int RESTART = 3;

    private ExitCodes() {
    }
}
