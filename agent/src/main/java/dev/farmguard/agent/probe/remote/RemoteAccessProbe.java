package dev.farmguard.agent.probe.remote;

import dev.farmguard.agent.probe.Probe;

/**
 * Remote-access tools seen by process, service, install path and socket; only catalog matches are
 * reported. Readers: {@link LinuxRemoteAccessProbe}.
 */
public interface RemoteAccessProbe extends Probe<RemoteAccessInfo> {

    String FAMILY = "remote_access";
}
