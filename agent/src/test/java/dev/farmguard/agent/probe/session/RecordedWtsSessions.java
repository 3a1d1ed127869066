package dev.farmguard.agent.probe.session;

import dev.farmguard.agent.testing.FakeTree;
import java.util.ArrayList;
import java.util.List;

/** WTS answers recorded in a fixture folder: {@code sessions.txt} rows plus per-session structure dumps. */
public final class RecordedWtsSessions {

    private RecordedWtsSessions() {
    }

    public static WtsSessionSource load(String dir) {
        List<WtsSessionSource.RawSession> sessions = new ArrayList<>();
        for (String line : FakeTree.text(dir + "sessions.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split(" ", 4);
            int id = Integer.parseInt(f[0]);
            sessions.add(new WtsSessionSource.RawSession(id, Integer.parseInt(f[1]),
                    optionalHex(dir + id + ".wtsinfo.hex"), Integer.parseInt(f[2]),
                    optionalHex(dir + id + ".client-address.hex"), f.length > 3 ? f[3] : ""));
        }
        return () -> sessions;
    }

    private static byte[] optionalHex(String resource) {
        return RecordedWtsSessions.class.getResource(resource) == null ? new byte[0] : FakeTree.hexResource(resource);
    }
}
