package dev.farmguard.collector.cli.client;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * A command that talks to a running collector over its API. Exit codes: 0 done, 1 the collector refused (its message
 * printed, with the parameter at fault), 2 the CLI could not reach or use it (no configuration, unreadable CA or
 * token file, connection failure).
 */
public abstract class ClientCommand implements Callable<Integer> {

    @CommandLine.Spec
    protected CommandLine.Model.CommandSpec spec;

    @Mixin
    protected ClientOptions connection;

    /** The command's work with a ready client; returns the exit code. */
    protected abstract int execute(ApiClient client, PrintWriter out) throws IOException, ApiClientException;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return execute(connection.client(), spec.commandLine().getOut());
        } catch (ApiClientException e) {
            err.println("farmguard-collector: the collector answered " + e.status() + ": " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("farmguard-collector: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("farmguard-collector: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 2;
        }
    }
}
