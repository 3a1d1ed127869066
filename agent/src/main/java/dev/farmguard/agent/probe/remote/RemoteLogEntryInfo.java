package dev.farmguard.agent.probe.remote;

import java.time.Instant;

/**
 * One connection found in a remote tool's log.
 *
 * @param tool          catalog id, e.g. "anydesk", "teamviewer"
 * @param time          connection time on the tool's clock, null if not logged
 * @param remoteId      the peer's tool id (AnyDesk ID, TeamViewer ID), "" if not logged
 * @param remoteAddress the peer's IP address, "" if not logged
 * @param direction     {@link #INCOMING}, {@link #OUTGOING} or "" if unknown
 * @param source        the file the entry came from
 * @param endTime       session end, null if not logged
 */
public record RemoteLogEntryInfo(String tool, Instant time, String remoteId, String remoteAddress, String direction,
                                 String source, Instant endTime) {

    public static final String INCOMING = "incoming";
    public static final String OUTGOING = "outgoing";
}
