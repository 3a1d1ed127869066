package dev.farmguard.collector.wire;

import static dev.farmguard.collector.wire.SnapshotToProto.timestamp;

import dev.farmguard.collector.model.RemoteAccess;
import dev.farmguard.proto.v1.InstalledArtifact;
import dev.farmguard.proto.v1.OsRemoteDesktop;
import dev.farmguard.proto.v1.ProcessInfo;
import dev.farmguard.proto.v1.RemoteLogEntry;
import dev.farmguard.proto.v1.ServiceInfo;
import dev.farmguard.proto.v1.Socket;
import dev.farmguard.proto.v1.UnattendedAccess;

/** Model remote-access traces back to {@code farmguard.v1.RemoteAccess}. */
final class RemoteAccessToProto {

    private RemoteAccessToProto() {}

    static dev.farmguard.proto.v1.RemoteAccess convert(RemoteAccess r) {
        var b = dev.farmguard.proto.v1.RemoteAccess.newBuilder();
        r.processes().forEach(p -> {
            ProcessInfo.Builder pb = ProcessInfo.newBuilder().setPid(p.pid()).setName(p.name()).setPath(p.path())
                    .setCommandLine(p.commandLine()).setUser(p.user()).setMatchedTool(p.matchedTool());
            if (p.startedAt() != null) {
                pb.setStartedAt(timestamp(p.startedAt()));
            }
            b.addProcesses(pb);
        });
        r.services().forEach(s -> b.addServices(ServiceInfo.newBuilder().setName(s.name())
                .setDisplayName(s.displayName()).setState(s.state()).setStartMode(s.startMode()).setPath(s.path())
                .setMatchedTool(s.matchedTool())));
        r.installs().forEach(i -> b.addInstalls(InstalledArtifact.newBuilder().setPath(i.path())
                .setMatchedTool(i.matchedTool())));
        r.listeners().forEach(s -> b.addListeners(socket(s)));
        r.connections().forEach(s -> b.addConnections(socket(s)));
        r.logEntries().forEach(e -> {
            RemoteLogEntry.Builder eb = RemoteLogEntry.newBuilder().setTool(e.tool()).setRemoteId(e.remoteId())
                    .setRemoteAddress(e.remoteAddress()).setDirection(e.direction()).setSource(e.source());
            if (e.time() != null) {
                eb.setTime(timestamp(e.time()));
            }
            if (e.endTime() != null) {
                eb.setEndTime(timestamp(e.endTime()));
            }
            b.addLogEntries(eb);
        });
        r.unattended().forEach(u -> b.addUnattended(UnattendedAccess.newBuilder().setTool(u.tool())
                .setSource(u.source()).setDetail(u.detail())));
        r.osServers().forEach(o -> b.addOsServers(OsRemoteDesktop.newBuilder().setKind(o.kind())
                .setEnabled(o.enabled()).setListening(o.listening()).setPort(o.port())));
        return b.build();
    }

    private static Socket socket(RemoteAccess.Socket s) {
        return Socket.newBuilder().setProtocol(s.protocol()).setLocalAddress(s.localAddress())
                .setLocalPort(s.localPort()).setRemoteAddress(s.remoteAddress()).setRemotePort(s.remotePort())
                .setPid(s.pid()).setProcessName(s.processName()).setState(s.state()).build();
    }
}
