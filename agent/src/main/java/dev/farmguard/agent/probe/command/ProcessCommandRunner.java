package dev.farmguard.agent.probe.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a command as a child process, the program found as the {@link CommandSettings} say: stdin closed,
 * stderr discarded, stdout read as UTF-8 (a byte order mark is dropped) up to the byte limit, the whole run
 * bounded by the timeout after which the process and its children are killed.
 */
public final class ProcessCommandRunner implements CommandRunner {

    private final CommandSettings settings;

    public ProcessCommandRunner(CommandSettings settings) {
        this.settings = settings;
    }

    @Override
    public CommandResult run(Command command) throws IOException {
        Process process = start(command);
        process.getOutputStream().close();
        int limit = settings.maxOutputBytes();
        FutureTask<byte[]> reader = new FutureTask<>(() -> {
            try (InputStream out = process.getInputStream()) {
                return out.readNBytes(limit + 1); // one byte past the limit tells that there was more
            }
        });
        Thread thread = new Thread(reader, "command-output");
        thread.setDaemon(true);
        thread.start();
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        try {
            byte[] out = reader.get(settings.timeout().toNanos(), TimeUnit.NANOSECONDS);
            boolean truncated = out.length > limit;
            if (truncated) {
                kill(process);
                if (settings.refuseOverLimit()) {
                    throw new IOException("output of " + command.name() + " exceeds " + limit + " bytes");
                }
            }
            if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                kill(process);
                throw new IOException(command.name() + " did not exit within " + settings.timeout().toSeconds() + " s");
            }
            return new CommandResult(truncated ? -1 : process.exitValue(), decode(out, Math.min(out.length, limit)),
                    truncated);
        } catch (TimeoutException e) {
            kill(process);
            reader.cancel(true);
            throw new IOException(command.name() + " timed out after " + settings.timeout().toSeconds() + " s", e);
        } catch (ExecutionException e) {
            kill(process);
            throw new IOException("cannot read the output of " + command.name() + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.name(), e);
        }
    }

    private Process start(Command command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(argv(command))
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(settings.environment());
        try {
            return builder.start();
        } catch (SecurityException e) {
            throw new IOException("not allowed to run " + command.name(), e);
        }
    }

    /** The argument vector with the program as the settings find it. */
    private List<String> argv(Command command) throws IOException {
        if (settings.programDirectories().isEmpty()) {
            return command.argv();
        }
        String program = command.argv().get(0);
        Path path = settings.locate(program).orElseThrow(() -> new IOException(
                program + " is not installed in " + settings.programDirectories()));
        List<String> argv = new ArrayList<>(command.argv());
        argv.set(0, path.toString());
        return argv;
    }

    private static String decode(byte[] bytes, int length) {
        int start = length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(bytes, start, length - start, StandardCharsets.UTF_8);
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
