package dev.farmguard.agent.simulate;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Where a device is and what is happening on it at one check-in.
 *
 * @param time event time of the snapshot
 * @param dayIndex simulated day (local to the device's home)
 * @param site network it is on
 * @param osZone time zone the OS is set to
 * @param userActive someone gave input in the last minutes
 * @param idleMillis time since the last input
 * @param atOffice on an office day at the office
 * @param deskMonitor the home monitor (or TV) is connected
 * @param lidClosed lid closed
 * @param onAc on mains power
 * @param batteryPercent charge
 * @param vpnTool VPN client connected (catalog id), or null
 * @param vpnExitIp the VPN exit address, or null
 * @param itSessionStart start of a running IT support session, or null
 * @param gadgetAttached the Raspberry Pi gadget is plugged in
 * @param remoteSessionLive a farm operator is connected through a remote-desktop tool
 * @param operatorActive the farm's operators are in their working hours
 * @param observedIp public address the collector sees
 */
record Situation(Instant time, int dayIndex, Site site, ZoneId osZone, boolean userActive, long idleMillis,
    boolean atOffice, boolean deskMonitor, boolean lidClosed, boolean onAc, double batteryPercent, String vpnTool,
    String vpnExitIp, Instant itSessionStart, boolean gadgetAttached, boolean remoteSessionLive,
    boolean operatorActive, String observedIp) {}
