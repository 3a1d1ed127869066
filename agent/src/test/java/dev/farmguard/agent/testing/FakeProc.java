package dev.farmguard.agent.testing;

import java.nio.charset.StandardCharsets;

/** Adds processes and socket tables to a {@link FakeTree}'s /proc. */
public final class FakeProc {

    private final FakeTree tree;

    public FakeProc(FakeTree tree) {
        this.tree = tree;
    }

    /** A user-space process; {@code args} may be empty (kernel thread); {@code sockets} are fd inodes. */
    public FakeProc process(int pid, String comm, String exe, int uid, long startTicks, String[] args, long... sockets) {
        String dir = "/proc/" + pid + "/";
        tree.file(dir + "comm", comm + "\n");
        tree.bytes(dir + "cmdline", String.join("\0", args).concat(args.length > 0 ? "\0" : "")
                .getBytes(StandardCharsets.UTF_8));
        tree.file(dir + "status", "Name:\t" + comm + "\nUid:\t" + uid + "\t" + uid + "\t" + uid + "\t" + uid + "\n");
        tree.file(dir + "stat", pid + " (" + comm + ") S 1 " + pid + " " + pid
                + " 0 -1 4194560 1000 0 0 0 10 5 0 0 20 0 1 0 " + startTicks + " 123456789 1000\n");
        if (exe != null) {
            tree.link(dir + "exe", exe);
        }
        tree.dir(dir + "fd");
        tree.link(dir + "fd/0", "/dev/null");
        int fd = 3;
        for (long inode : sockets) {
            tree.link(dir + "fd/" + fd++, "socket:[" + inode + "]");
        }
        return this;
    }

    /** Copies a recorded /proc/net table from {@code /procnet/CASE/NAME}. */
    public FakeProc netTable(String fixtureCase, String name) {
        tree.file("/proc/net/" + name, FakeTree.text("/procnet/" + fixtureCase + "/" + name));
        return this;
    }

    public FakeProc bootTime(long epochSeconds) {
        tree.file("/proc/stat", "cpu  1 2 3 4\nbtime " + epochSeconds + "\nprocesses 99\n");
        return this;
    }
}
