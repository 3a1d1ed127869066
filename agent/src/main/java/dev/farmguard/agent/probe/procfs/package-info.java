/**
 * Linux procfs readers shared by the remote-access and network probes: the process table (names, paths,
 * command lines, owners, start times), socket tables ({@code /proc/net/tcp*}, {@code udp*}) and socket
 * ownership through {@code /proc/PID/fd}. Parsers are static and tested on recorded text; readers take a
 * filesystem root so tests can point them at a fake {@code /proc}.
 */
package dev.farmguard.agent.probe.procfs;
