package dev.farmguard.collector.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A data directory the collector cannot use, said in one line: the path, the cause and the fix (the file
 * system's exceptions carry only a path as their message).
 */
final class DataDirectoryProblem {

    private DataDirectoryProblem() {}

    static String describe(Path dataDir, Exception e) {
        return describe("cannot use the data directory " + dataDir.toAbsolutePath() + ": ", e);
    }

    /** As above for a command that failed on some file (the exception names it). */
    static String describe(Exception e) {
        return describe("cannot use the data directory: ", e);
    }

    private static String describe(String where, Exception e) {
        Exception cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof AccessDeniedException denied) {
            return where + "permission denied on " + denied.getFile() + ": make the directory and its files "
                    + "writable by the collector's user (chown -R), or choose another --data";
        }
        if (cause instanceof FileSystemException fs && fs.getReason() != null) {
            if (fs.getReason().toLowerCase(java.util.Locale.ROOT).contains("read-only")) {
                return where + "it is on a read-only file system (" + fs.getFile() + "): mount it read-write, or "
                        + "choose another --data";
            }
            return where + fs.getReason() + " (" + fs.getFile() + "): fix that path, or choose another --data";
        }
        if (cause instanceof IOException io) {
            return where + io.getClass().getSimpleName() + " " + io.getMessage() + ": choose another --data";
        }
        return where + cause.getMessage();
    }
}
