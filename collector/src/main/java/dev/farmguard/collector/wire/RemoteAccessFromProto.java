package dev.farmguard.collector.wire;

import static dev.farmguard.collector.wire.SnapshotFromProto.clampInt;
import static dev.farmguard.collector.wire.SnapshotFromProto.instant;
import static dev.farmguard.collector.wire.SnapshotFromProto.map;

import dev.farmguard.collector.model.RemoteAccess;

/** {@code farmguard.v1.RemoteAccess} to the model. */
final class RemoteAccessFromProto {

    private RemoteAccessFromProto() {}

    static RemoteAccess convert(dev.farmguard.proto.v1.RemoteAccess r) {
        return new RemoteAccess(
                map(r.getProcessesList(), p -> new RemoteAccess.Process(clampInt(p.getPid()), p.getName(), p.getPath(),
                        p.getCommandLine(), p.getUser(), instant(p.hasStartedAt(), p.getStartedAt()),
                        p.getMatchedTool())),
                map(r.getServicesList(), s -> new RemoteAccess.Service(s.getName(), s.getDisplayName(), s.getState(),
                        s.getStartMode(), s.getPath(), s.getMatchedTool())),
                map(r.getInstallsList(), i -> new RemoteAccess.Installed(i.getPath(), i.getMatchedTool())),
                map(r.getListenersList(), RemoteAccessFromProto::socket),
                map(r.getConnectionsList(), RemoteAccessFromProto::socket),
                map(r.getLogEntriesList(), e -> new RemoteAccess.LogEntry(e.getTool(), instant(e.hasTime(), e.getTime()),
                        e.getRemoteId(), e.getRemoteAddress(), e.getDirection(), e.getSource(),
                        instant(e.hasEndTime(), e.getEndTime()))),
                map(r.getUnattendedList(), u -> new RemoteAccess.Unattended(u.getTool(), u.getSource(), u.getDetail())),
                map(r.getOsServersList(), o -> new RemoteAccess.OsServer(o.getKind(), o.getEnabled(), o.getListening(),
                        clampInt(o.getPort()))));
    }

    private static RemoteAccess.Socket socket(dev.farmguard.proto.v1.Socket s) {
        return new RemoteAccess.Socket(s.getProtocol(), s.getLocalAddress(), clampInt(s.getLocalPort()),
                s.getRemoteAddress(), clampInt(s.getRemotePort()), clampInt(s.getPid()), s.getProcessName(),
                s.getState());
    }
}
