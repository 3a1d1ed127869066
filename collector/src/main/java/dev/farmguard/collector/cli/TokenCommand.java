package dev.farmguard.collector.cli;

import dev.farmguard.collector.auth.ApiToken;
import dev.farmguard.collector.auth.Role;
import dev.farmguard.collector.auth.TokenService;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code token create|list|revoke --data DIR}: API tokens managed directly in the store. The way back in when
 * every admin token was revoked or lost (the API then refuses everyone, and a restart does not help).
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Manage API tokens in the store (also when no admin token is left).",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create an API token and print its secret (only now) on stdout; details go to stderr.",
                "Use it as: Authorization: Bearer TOKEN."})
    static final class Create implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        StoreOptions store;

        @Option(names = "--role", required = true, paramLabel = "viewer|analyst|admin|ingest-proxy",
                description = "What the token may do; give the smallest role that works.")
        String role;

        @Option(names = "--name", required = true, paramLabel = "TEXT", description = "Who or what uses it (1-200 characters).")
        String name;

        @Option(names = "--expires-in", paramLabel = "DURATION", description = "Validity, e.g. 90d, 12h (default: no expiry).")
        String expiresIn;

        @Option(names = "--expires-at", paramLabel = "INSTANT", description = "Expiry, e.g. 2027-01-31T00:00:00Z.")
        String expiresAt;

        @Override
        public Integer call() {
            Role r;
            Instant expiry;
            try {
                r = Role.fromApiName(role);
                expiry = StoreOptions.expiry(expiresIn, expiresAt);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
            if (name.isBlank() || name.length() > 200) {
                spec.commandLine().getErr().println("--name: give the token a name of 1-200 characters");
                return 2;
            }
            return store.withStore(spec, (s, config, out, err) -> {
                TokenService.CreatedToken created;
                try {
                    created = new TokenService(s, Clock.systemUTC()).create(r, name, expiry);
                } catch (IllegalArgumentException e) {
                    err.println((expiresIn != null ? "--expires-in: " : "--expires-at: ") + e.getMessage());
                    return 2;
                }
                out.println(created.secret());
                err.println("created " + describe(created.token()));
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List API tokens (never their secrets).")
    static final class ListTokens implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            return store.withStore(spec, (s, config, out, err) -> {
                for (ApiToken t : s.tokens()) {
                    out.println(describe(t));
                }
                return 0;
            });
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke an API token: refused from now on.")
    static final class Revoke implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "ID", description = "The token's id (tok_...), as listed.")
        String id;

        @Override
        public Integer call() {
            return store.withStore(spec, (s, config, out, err) -> {
                if (!s.revokeToken(id)) {
                    err.println("no API token " + id);
                    return 1;
                }
                out.println("revoked API token " + id);
                return 0;
            });
        }
    }

    static String describe(ApiToken t) {
        return t.id() + " role=" + t.role().apiName() + " created=" + t.createdAt() + " expires="
                + (t.expiresAt() == null ? "never" : t.expiresAt()) + (t.revoked() ? " REVOKED" : "")
                + " name=\"" + t.name() + "\"";
    }
}
