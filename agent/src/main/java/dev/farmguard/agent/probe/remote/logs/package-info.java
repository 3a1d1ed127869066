/**
 * Parsers of remote tools' connection logs and configuration, shared by every OS's reader: AnyDesk
 * {@code connection_trace.txt} and {@code ad.trace}/{@code ad_svc.trace}, TeamViewer
 * {@code Connections_incoming.txt}/{@code Connections.txt}, and AnyDesk's {@code *.conf} for unattended
 * access. Pure functions of the text; readers find and read the files.
 */
package dev.farmguard.agent.probe.remote.logs;
