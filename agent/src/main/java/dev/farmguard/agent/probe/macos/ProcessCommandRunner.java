package dev.farmguard.agent.probe.macos;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs commands as child processes with a time limit and a cap on captured output. Every command runs
 * with {@code LC_ALL=C} and {@code TZ=UTC}, so month names, decimal points and printed times are the
 * same on every machine and parsers need no locale. Standard error is discarded. A command that outlives
 * its limit or prints more than the cap is killed (with its children) and reported as a failure.
 */
public final class ProcessCommandRunner implements CommandRunner {

    static final ProcessCommandRunner DEFAULT = new ProcessCommandRunner(Duration.ofSeconds(10), 16 << 20);

    private final Duration timeout;
    private final int maxOutputBytes;

    public ProcessCommandRunner(Duration timeout, int maxOutputBytes) {
        if (timeout.isNegative() || timeout.isZero() || maxOutputBytes <= 0) {
            throw new IllegalArgumentException("timeout and output limit must be positive");
        }
        this.timeout = timeout;
        this.maxOutputBytes = maxOutputBytes;
    }

    @Override
    public CommandResult run(List<String> command) throws CommandException {
        String shown = String.join(" ", command);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        env.put("LC_ALL", "C");
        env.put("LANG", "C");
        env.put("TZ", "UTC");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new CommandException("cannot run " + shown + ": " + e.getMessage(), e);
        }
        closeInput(process);
        // A thread of its own drains stdout, so a chatty command never blocks on a full pipe.
        FutureTask<byte[]> output = new FutureTask<>(() -> readBounded(process.getInputStream()));
        Thread reader = new Thread(output, "command-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new CommandException(shown + " did not finish within " + timeout.toSeconds() + " s");
            }
            byte[] bytes = output.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (bytes == null) {
                throw new CommandException(shown + " printed more than " + maxOutputBytes + " bytes");
            }
            return new CommandResult(process.exitValue(), new String(bytes, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(process);
            throw new CommandException(shown + " interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            kill(process);
            throw new CommandException("cannot read the output of " + shown, e);
        }
    }

    /** The output, or null when it exceeded the cap (the stream is then closed, which stops the writer). */
    private byte[] readBounded(InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > maxOutputBytes) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // the process was killed or closed its end: keep what arrived
        }
        return out.toByteArray();
    }

    private static void closeInput(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // nothing to tell a command that takes no input
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
