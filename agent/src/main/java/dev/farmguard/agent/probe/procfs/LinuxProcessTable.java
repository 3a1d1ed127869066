package dev.farmguard.agent.probe.procfs;

import dev.farmguard.agent.probe.OsPaths;
import dev.farmguard.agent.probe.SoftFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads processes from {@code /proc}. Only names (comm, exe, argv[0]) are read for every process; owner,
 * command line and start time only for the processes the caller selects (privacy: only catalog matches
 * are reported). Processes vanish while being read; such reads fail soft.
 */
public final class LinuxProcessTable {

    private final Path root;
    private final Path proc;

    /** @param root filesystem root ("/" live, a temp dir in tests) */
    public LinuxProcessTable(Path root) {
        this.root = root;
        this.proc = OsPaths.under(root, "/proc");
    }

    /** Numeric directories of {@code /proc}. */
    public List<Integer> pids() {
        List<Integer> pids = new ArrayList<>();
        for (Path entry : SoftFiles.list(proc)) {
            String name = entry.getFileName().toString();
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                try {
                    pids.add(Integer.parseInt(name));
                } catch (NumberFormatException e) {
                    // not a pid
                }
            }
        }
        pids.sort(null);
        return pids;
    }

    /** The names of one process; kernel threads (empty command line) give empty exe and argv[0] names. */
    public ProcessNames names(int pid) {
        Path dir = proc.resolve(Integer.toString(pid));
        List<String> args = ProcParsers.parseCmdline(SoftFiles.readBytes(dir.resolve("cmdline")));
        String exe = SoftFiles.readLink(dir.resolve("exe")).map(p -> ProcParsers.cleanExePath(p.toString())).orElse("");
        return new ProcessNames(pid, SoftFiles.readTrimmed(dir.resolve("comm")),
                ProcParsers.baseName(exe), args.isEmpty() ? "" : ProcParsers.baseName(args.get(0)));
    }

    /** Every user-space process whose names satisfy {@code selected}, read in full. */
    public List<ProcessEntry> find(Predicate<ProcessNames> selected) {
        List<ProcessEntry> found = new ArrayList<>();
        Map<Integer, String> users = null;
        Instant boot = null;
        for (int pid : pids()) {
            ProcessNames names = names(pid);
            if (names.argv0Name().isEmpty() && names.exeName().isEmpty()) {
                continue; // kernel thread or zombie
            }
            if (!selected.test(names)) {
                continue;
            }
            if (users == null) {
                users = ProcParsers.parsePasswd(SoftFiles.readLines(OsPaths.under(root, "/etc/passwd")));
                boot = bootTime();
            }
            found.add(read(pid, users, boot));
        }
        return found;
    }

    /** The full entry of one process (fields of a process that vanished meanwhile read as empty). */
    private ProcessEntry read(int pid, Map<Integer, String> users, Instant boot) {
        Path dir = proc.resolve(Integer.toString(pid));
        String exe = SoftFiles.readLink(dir.resolve("exe")).map(p -> ProcParsers.cleanExePath(p.toString())).orElse("");
        List<String> args = ProcParsers.parseCmdline(SoftFiles.readBytes(dir.resolve("cmdline")));
        int uid = ProcParsers.parseRealUid(SoftFiles.readLines(dir.resolve("status")));
        String user = uid < 0 ? "" : users.getOrDefault(uid, Integer.toString(uid));
        OptionalLong ticks = ProcParsers.parseStartTicks(SoftFiles.readTrimmed(dir.resolve("stat")));
        Instant started = boot == null || ticks.isEmpty()
                ? null
                : boot.plusMillis(ticks.getAsLong() * 1000 / ProcParsers.USER_HZ);
        return new ProcessEntry(pid, SoftFiles.readTrimmed(dir.resolve("comm")), exe, args, user, started);
    }

    /** Boot time from {@code /proc/stat}, null if unreadable. */
    public Instant bootTime() {
        OptionalLong btime = ProcParsers.parseBootTime(SoftFiles.readLines(proc.resolve("stat")));
        return btime.isPresent() ? Instant.ofEpochSecond(btime.getAsLong()) : null;
    }

    /** The short name (comm) of a process, "" if it vanished. */
    public String comm(int pid) {
        return SoftFiles.readTrimmed(proc.resolve(Integer.toString(pid)).resolve("comm"));
    }

    /** Socket inodes the process holds open; empty when its fds are not readable. */
    public Set<Long> socketInodes(int pid) {
        Set<Long> inodes = new HashSet<>();
        for (Path fd : SoftFiles.list(proc.resolve(Integer.toString(pid)).resolve("fd"))) {
            SoftFiles.readLink(fd)
                    .map(target -> ProcParsers.parseSocketInode(target.toString()))
                    .filter(OptionalLong::isPresent)
                    .ifPresent(inode -> inodes.add(inode.getAsLong()));
        }
        return inodes;
    }

    /** Owner pid of each wanted socket inode, scanning every process until all are found. */
    public Map<Long, Integer> owners(Set<Long> wanted) {
        Map<Long, Integer> owners = new HashMap<>();
        if (wanted.isEmpty()) {
            return owners;
        }
        for (int pid : pids()) {
            for (long inode : socketInodes(pid)) {
                if (wanted.contains(inode)) {
                    owners.putIfAbsent(inode, pid);
                }
            }
            if (owners.size() == wanted.size()) {
                break;
            }
        }
        return owners;
    }
}
