package dev.farmguard.agent.probe.procfs;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a process is known by, read cheaply for every process before deciding whether to look
 * closer: comm is truncated to 15 characters ("TeamViewer_Desktop" shows as "TeamViewer_Desk"), so the
 * file names of the executable and of argv[0] are matched too.
 */
public record ProcessNames(int pid, String comm, String exeName, String argv0Name) {

    /** The distinct non-empty names. */
    public List<String> all() {
        Set<String> names = new LinkedHashSet<>();
        for (String name : new String[] {comm, exeName, argv0Name}) {
            if (name != null && !name.isEmpty()) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }
}
