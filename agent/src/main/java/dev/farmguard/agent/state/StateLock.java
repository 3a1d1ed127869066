package dev.farmguard.agent.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One agent process per state directory: two would hand out the same sequence numbers and interleave
 * their spools. An exclusive OS lock on {@code STATE/lock}, held until {@link #close()} (the OS drops it
 * when the process dies, so a crash leaves nothing stale). The file holds the owner's pid, for the message.
 */
public final class StateLock implements AutoCloseable {

    static final String FILE = "lock";

    private final FileChannel channel;
    private final FileLock lock;

    private StateLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code state}; {@link StateDirectoryInUseException} when another process holds it. */
    public static StateLock acquire(StateDirectory state) throws IOException {
        Path file = state.root().resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process (another agent opened in the same JVM)
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String owner = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).trim();
            channel.close();
            throw new StateDirectoryInUseException(state.root(), owner);
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
        channel.force(false);
        return new StateLock(channel, lock);
    }

    /** Releases the lock; idempotent. */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            // the channel is going away: the OS releases the lock with it
        }
    }
}
