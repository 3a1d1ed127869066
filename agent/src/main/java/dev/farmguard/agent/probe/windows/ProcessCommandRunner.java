package dev.farmguard.agent.probe.windows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a command as a child process: stdin closed, stderr discarded, stdout read as UTF-8 (a byte order
 * mark is dropped) up to a byte limit, the whole run bounded by a timeout after which the process and its
 * children are killed. Works on any OS (it is tested on Linux); the Windows readers give it Windows
 * command lines.
 */
public final class ProcessCommandRunner implements WindowsCommands {

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
    public CommandResult run(WindowsCommand command) throws IOException {
        Process process = new ProcessBuilder(command.argv())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        process.getOutputStream().close();
        FutureTask<byte[]> reader = new FutureTask<>(() -> readBounded(process.getInputStream()));
        Thread thread = new Thread(reader, "command-output");
        thread.setDaemon(true);
        thread.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            byte[] out = reader.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (out.length > maxOutputBytes) {
                kill(process);
                throw new IOException("output of " + command.name() + " exceeds " + maxOutputBytes + " bytes");
            }
            if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                kill(process);
                throw new IOException(command.name() + " did not exit within " + timeout.toSeconds() + " s");
            }
            return new CommandResult(process.exitValue(), decode(out));
        } catch (TimeoutException e) {
            kill(process);
            reader.cancel(true);
            throw new IOException(command.name() + " timed out after " + timeout.toSeconds() + " s", e);
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

    /** Reads until end of stream, or one byte past the limit (the caller then refuses the output). */
    private byte[] readBounded(InputStream in) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                if (out.size() > maxOutputBytes) {
                    break;
                }
            }
            return out.toByteArray();
        }
    }

    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
