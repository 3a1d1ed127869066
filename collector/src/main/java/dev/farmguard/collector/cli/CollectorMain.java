package dev.farmguard.collector.cli;

import dev.farmguard.collector.app.CollectorVersion;
import dev.farmguard.collector.cli.client.ClustersCommand;
import dev.farmguard.collector.cli.client.DevicesCommand;
import dev.farmguard.collector.cli.client.ExportCommand;
import dev.farmguard.collector.cli.client.LoginCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code farmguard-collector}: the collector's command line. */
@Command(name = "farmguard-collector", mixinStandardHelpOptions = true, versionProvider = CollectorMain.Version.class,
        description = "Stores what Farmguard agents report and serves it over an HTTPS API.",
        subcommands = {ServeCommand.class, RosterCommand.class, EnrollmentTokenCommand.class, TokenCommand.class,
                PackageCommand.class, DeviceCommand.class, CatalogCommand.class, AsnListCommand.class,
                // the team's client commands: they talk to a running collector over its API
                LoginCommand.class, DevicesCommand.class, ClustersCommand.class, ExportCommand.class,
                CaseCommand.class, SuppressCommand.class, AuditCommand.class,
                ReportCommand.class})
public final class CollectorMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs a command line with its output going to {@code out} and {@code err}. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return commandLine().setOut(out).setErr(err).execute(args);
    }

    /**
     * An unusable data directory (2) or store (1) ends any command with one line saying why and what to do,
     * not a stack trace; anything else is a bug and keeps picocli's report.
     */
    private static CommandLine commandLine() {
        return new CommandLine(new CollectorMain()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
                cmd.getErr().println("farmguard-collector: " + DataDirectoryProblem.describe(e));
                return 2;
            }
            if (e instanceof dev.farmguard.collector.store.StoreException) {
                cmd.getErr().println("farmguard-collector: " + e.getMessage());
                return 1;
            }
            throw e;
        });
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"farmguard-collector " + CollectorVersion.get()};
        }
    }
}
