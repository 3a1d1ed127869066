package dev.farmguard.collector.cli;

import dev.farmguard.collector.enroll.EnrollmentToken;
import dev.farmguard.collector.enroll.EnrollmentTokens;
import dev.farmguard.collector.enroll.TokenPurpose;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code enrollment-token create|list|revoke --data DIR}: manage enrollment tokens directly in the store. */
@Command(name = "enrollment-token", mixinStandardHelpOptions = true,
        description = "Manage the tokens agents enroll with.",
        subcommands = {EnrollmentTokenCommand.Create.class, EnrollmentTokenCommand.ListTokens.class,
            EnrollmentTokenCommand.Revoke.class})
final class EnrollmentTokenCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs {@code work} on the tokens of the store; configuration problems exit 2. */
    static int withTokens(CommandLine.Model.CommandSpec spec, StoreOptions options, TokenWork work) {
        return options.withStore(spec, (store, config, out, err) -> work.run(new EnrollmentTokens(store.enrollments(),
                Clock.systemUTC(), config.enrollment().tokenValidity()), out, err));
    }

    @FunctionalInterface
    interface TokenWork {
        int run(EnrollmentTokens tokens, PrintWriter out, PrintWriter err);
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create a token and print its secret (only now) on stdout; details go to stderr.",
                "Give it to agents: farmguard-agent run ... --enroll-token TOKEN."})
    static final class Create implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        StoreOptions store;

        @Option(names = "--purpose", paramLabel = "device|replay", defaultValue = "device",
                description = "device (default): each agent gets a new device id. replay: the client names the "
                        + "device id (for 'farmguard-agent replay' of recorded fleets; admins and tests only).")
        String purpose;

        @Option(names = "--uses", paramLabel = "N", description = "Enrollments allowed (default: no limit).")
        Integer uses;

        @Option(names = "--expires-in", paramLabel = "DURATION",
                description = "Validity, e.g. 7d, 12h, PT30M (default: enrollment.token-validity, 30d).")
        String expiresIn;

        @Option(names = "--expires-at", paramLabel = "INSTANT", description = "Expiry, e.g. 2027-01-31T00:00:00Z.")
        String expiresAt;

        @Option(names = "--note", paramLabel = "TEXT", defaultValue = "", description = "What the token is for.")
        String note;

        @Override
        public Integer call() {
            TokenPurpose p;
            Instant expiry;
            try {
                p = TokenPurpose.fromApiName(purpose);
                expiry = StoreOptions.expiry(expiresIn, expiresAt);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
            return withTokens(spec, store, (tokens, out, err) -> {
                EnrollmentTokens.Created created;
                try {
                    created = tokens.create(p, note, expiry, uses);
                } catch (IllegalArgumentException e) {
                    err.println(e.getMessage());
                    return 2;
                }
                out.println(created.secret());
                err.println("created " + describe(created.token()));
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens (never their secrets).")
    static final class ListTokens implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            return withTokens(spec, store, (tokens, out, err) -> {
                for (EnrollmentToken t : tokens.list()) {
                    out.println(describe(t));
                }
                return 0;
            });
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token: no more enrollments.")
    static final class Revoke implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "ID", description = "The token's id (enr_...), as listed.")
        String id;

        @Override
        public Integer call() {
            return withTokens(spec, store, (tokens, out, err) -> {
                if (!tokens.revoke(id)) {
                    err.println("no enrollment token " + id);
                    return 1;
                }
                out.println("revoked enrollment token " + id);
                return 0;
            });
        }
    }

    static String describe(EnrollmentToken t) {
        return t.id() + " purpose=" + t.purpose().apiName() + " uses=" + t.uses() + "/"
                + (t.maxUses() == null ? "unlimited" : t.maxUses()) + " expires=" + t.expiresAt()
                + (t.revoked() ? " REVOKED" : "") + (t.note().isEmpty() ? "" : " note=\"" + t.note() + "\"");
    }
}
