package dev.farmguard.agent.probe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs commands of the machine with a time limit and a cap on output. Programs are looked up only in the
 * system directories (never {@code $PATH}: the agent may run as root), run with {@code LC_ALL=C} so their
 * output is the documented English format, with stdin closed and stderr discarded.
 */
public final class SystemCommands implements CommandRunner {

    private static final List<String> SYSTEM_DIRS = List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin");

    private final Duration timeout;
    private final int maxBytes;

    public SystemCommands(Duration timeout, int maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /** The runner live readers use: 5 s and 1 MiB per command. */
    public static SystemCommands standard() {
        return new SystemCommands(Duration.ofSeconds(5), 1 << 20);
    }

    /** The program's absolute path in a system directory, if installed. */
    public static Optional<Path> locate(String program) {
        if (program.contains("/")) {
            return Optional.empty();
        }
        for (String dir : SYSTEM_DIRS) {
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<CommandResult> run(List<String> command) {
        Optional<Path> program = locate(command.get(0));
        if (program.isEmpty()) {
            return Optional.empty();
        }
        List<String> argv = new ArrayList<>(command);
        argv.set(0, program.get().toString());
        ProcessBuilder builder = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        env.put("LC_ALL", "C");
        env.put("LANG", "C");
        Process process;
        try {
            process = builder.start();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        try {
            process.getOutputStream().close();
            return collect(process);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            process.destroyForcibly();
        }
    }

    private Optional<CommandResult> collect(Process process) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        InputStream out = process.getInputStream();
        FutureTask<byte[]> reader = new FutureTask<>(() -> out.readNBytes(maxBytes + 1));
        Thread thread = new Thread(reader, "command-output");
        thread.setDaemon(true);
        thread.start();
        byte[] bytes;
        try {
            bytes = reader.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        }
        boolean truncated = bytes.length > maxBytes;
        if (truncated) {
            process.destroyForcibly();
        }
        if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            return Optional.empty();
        }
        String text = new String(bytes, 0, Math.min(bytes.length, maxBytes), StandardCharsets.UTF_8);
        return Optional.of(new CommandResult(truncated ? -1 : process.exitValue(), text, truncated));
    }
}
