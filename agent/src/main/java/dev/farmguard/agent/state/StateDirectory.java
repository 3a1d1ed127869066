package dev.farmguard.agent.state;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * The agent's private directory (device id, sequence counter, catalog, spool). Directories are created
 * owner-only (0700) and files are written owner-only (0600) and atomically (temp file + rename), so a
 * crash never leaves a half-written counter. On file systems without POSIX permissions (Windows) the
 * directory's inherited ACL applies.
 */
public final class StateDirectory {

    private static final Set<PosixFilePermission> DIR_PERMISSIONS = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-------");

    private final Path root;
    private final boolean posix;

    private StateDirectory(Path root, boolean posix) {
        this.root = root;
        this.posix = posix;
    }

    /** Opens (creating if needed) the state directory at {@code root}. */
    public static StateDirectory open(Path root) throws IOException {
        Path absolute = root.toAbsolutePath();
        boolean posix = absolute.getFileSystem().supportedFileAttributeViews().contains("posix");
        createPrivateDirectories(absolute, posix);
        return new StateDirectory(absolute, posix);
    }

    public Path root() {
        return root;
    }

    /** A private sub-directory, created on first use. */
    public Path subdirectory(String name) throws IOException {
        Path dir = root.resolve(name);
        createPrivateDirectories(dir, posix);
        return dir;
    }

    /** The content of a state file, or empty when it does not exist. */
    public Optional<byte[]> read(String name) throws IOException {
        Path file = root.resolve(name);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(Files.readAllBytes(file));
    }

    /** Replaces a state file atomically with owner-only permissions. */
    public void write(String name, byte[] content) throws IOException {
        writeAtomically(root.resolve(name), content);
    }

    /** Writes {@code target} atomically (same directory temp file, then rename) with owner-only permissions. */
    public void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp", fileAttributes());
        try {
            Files.write(temp, content);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private FileAttribute<?>[] fileAttributes() {
        return posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE_PERMISSIONS)}
                : new FileAttribute<?>[0];
    }

    private static void createPrivateDirectories(Path dir, boolean posix) throws IOException {
        if (Files.isDirectory(dir)) {
            if (posix) {
                Files.setPosixFilePermissions(dir, DIR_PERMISSIONS);
            }
            return;
        }
        Path parent = dir.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            Files.createDirectories(parent);
        }
        try {
            if (posix) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIR_PERMISSIONS));
                Files.setPosixFilePermissions(dir, DIR_PERMISSIONS); // the umask may have narrowed the mode
            } else {
                Files.createDirectory(dir);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
        }
    }
}
