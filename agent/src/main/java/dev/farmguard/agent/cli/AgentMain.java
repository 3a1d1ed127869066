package dev.farmguard.agent.cli;

import ch.qos.logback.classic.Level;
import dev.farmguard.agent.AgentVersion;
import dev.farmguard.agent.simulate.SimulateCommand;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code farmguard-agent}: the command line of the endpoint agent. */
@Command(name = "farmguard-agent", mixinStandardHelpOptions = true, versionProvider = AgentMain.Version.class,
        description = "Farmguard endpoint agent: reports this machine's laptop-farm signals to a Farmguard collector.",
        subcommands = {RunCommand.class, SnapshotCommand.class, ReplayCommand.class, SimulateCommand.class,
                CommandLine.HelpCommand.class})
public final class AgentMain implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(AgentMain.class);

    static {
        // Validate the environment's log level at startup, naming the key.
        String fromEnvironment = System.getenv(LogLevels.ENVIRONMENT_KEY);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            Level level;
            try {
                level = LogLevels.parse(fromEnvironment, LogLevels.ENVIRONMENT_KEY);
            } catch (IllegalArgumentException e) {
                System.err.println("farmguard-agent: " + e.getMessage() + "; using info");
                level = Level.INFO;
            }
            LogLevels.apply(level);
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--log-level", paramLabel = "LEVEL", scope = ScopeType.INHERIT,
            description = "error, warn, info, debug, trace or off (default: $" + LogLevels.ENVIRONMENT_KEY + ", else info). "
                    + "Logs go to stderr.")
    void setLogLevel(String level) {
        try {
            LogLevels.apply(LogLevels.parse(level, "--log-level"));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: run, snapshot or replay");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured picocli command line; tests set its out/err writers. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new AgentMain());
        commandLine.setExecutionExceptionHandler(AgentMain::handleFailure);
        commandLine.setParameterExceptionHandler(AgentMain::handleUsageError);
        return commandLine;
    }

    private static int handleUsageError(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("farmguard-agent: " + e.getMessage());
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int handleFailure(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (e instanceof ParameterException usage) {
            return handleUsageError(usage, new String[0]);
        }
        PrintWriter err = commandLine.getErr();
        if (e instanceof CliFailure failure) {
            err.println("farmguard-agent: " + failure.getMessage());
            err.flush();
            return failure.exitCode();
        }
        log.debug("command failed", e);
        err.println("farmguard-agent: unexpected error: " + e);
        err.flush();
        return ExitCodes.FAILED;
    }

    /** {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"farmguard-agent " + AgentVersion.get()};
        }
    }
}
