package dev.farmguard.agent.probe.command;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.LongSupplier;

/**
 * Lets the probes of one collection share the output of expensive commands marked cacheable (the process
 * and service lists feed the remote-access, VPN and jiggler probes, which run at the same time): the
 * first caller runs the command, callers arriving while it runs or within the time to live get the same
 * result. Failures are not kept. Other commands pass straight through.
 */
public final class SharedCommandResults implements CommandRunner {

    private record Entry(CompletableFuture<CommandResult> result, long expiresAtNanos) {
    }

    private final CommandRunner delegate;
    private final long timeToLiveNanos;
    private final LongSupplier nanoTime;
    private final Map<List<String>, Entry> entries = new ConcurrentHashMap<>();

    public SharedCommandResults(CommandRunner delegate, Duration timeToLive, LongSupplier nanoTime) {
        this.delegate = delegate;
        this.timeToLiveNanos = timeToLive.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public CommandResult run(Command command) throws IOException {
        if (!command.cacheable()) {
            return delegate.run(command);
        }
        long now = nanoTime.getAsLong();
        entries.values().removeIf(e -> e.expiresAtNanos() - now < 0 && e.result().isDone());
        CompletableFuture<CommandResult> mine = new CompletableFuture<>();
        Entry entry = entries.compute(command.argv(), (key, old) ->
                old != null && old.expiresAtNanos() - now >= 0 ? old : new Entry(mine, now + timeToLiveNanos));
        if (entry.result() == mine) {
            try {
                mine.complete(delegate.run(command));
            } catch (IOException | RuntimeException | Error e) { // waiters must never be left hanging
                entries.remove(command.argv(), entry);
                mine.completeExceptionally(e);
                throw e;
            }
        }
        return await(entry.result());
    }

    private static CommandResult await(CompletableFuture<CommandResult> result) throws IOException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a shared command", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }
}
