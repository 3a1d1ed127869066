package dev.farmguard.agent.simulate.redteam;

import dev.farmguard.agent.probe.Platform;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything fixed about one laptop of the red-team fleet: who has it, where it lives, what is plugged in, what
 * runs on it. {@link FarmDesigns} and {@link BenignDesigns} fill it; {@link CheckIns} turns it, hour by hour,
 * into the probe records a real agent would read.
 */
final class Laptop {

  /** Who drives remote sessions into the laptop, if anyone. */
  enum Sessions { NONE, OPERATOR, IT_HELPDESK, OWN_PC }

  /** Which VPN carries its traffic. */
  enum Vpn { NONE, ASTRILL, PRIVACY, CORPORATE }

  final int index;
  final String deviceId;
  final RedTeamScenario scenario;
  final int group;
  final Platform os;
  final Hardware hardware;
  Person person;
  Site home;
  final List<Stay> stays = new ArrayList<>();
  Routine routine;

  // desk and hardware
  boolean docked;
  /** Lid closed while on the dock (clamshell), or while a KVM drives it. */
  boolean lidClosed;
  final List<UsbSpec> deskUsb = new ArrayList<>();
  final List<Monitors.Monitor> deskMonitors = new ArrayList<>();
  final List<UsbSpec> carriedUsb = new ArrayList<>();
  Monitors.Monitor panel;
  Monitors.Monitor secondPanel;
  Peripherals.Kvm kvm;

  // remote control
  final List<String> remoteTools = new ArrayList<>();
  boolean unattended;
  Sessions sessions = Sessions.NONE;
  String[] peerIds = {};
  /** Where operator sessions come from (their VPN exits or their own country). */
  String[] peerIps = {};
  boolean rdp;
  /** The company's TeamViewer, installed by IT with an unattended password. */
  boolean companyTeamViewer;

  // network
  Vpn vpn = Vpn.NONE;
  /** Share of awake hours the VPN is up. */
  double vpnUp;
  final List<Site> vpnExits = new ArrayList<>();
  String vpnProduct = "";

  // configuration
  String timeZone;
  String locale = "en-US";
  final List<String> keyboardLayouts = new ArrayList<>();
  final List<String> inputMethods = new ArrayList<>();

  Laptop(int index, String deviceId, RedTeamScenario scenario, int group, Platform os, Hardware hardware) {
    this.index = index;
    this.deviceId = deviceId;
    this.scenario = scenario;
    this.group = group;
    this.os = os;
    this.hardware = hardware;
  }

  /** Where it is on {@code day} at local hour {@code hour}. */
  Stay stayAt(int day, int hour, boolean weekday) {
    for (Stay s : stays) {
      if (day >= s.fromDay() && day <= s.toDay() && (!s.dayHours() || (weekday && hour >= 8 && hour < 18))) {
        return s;
      }
    }
    return null;
  }
}
