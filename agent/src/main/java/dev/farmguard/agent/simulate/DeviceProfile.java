package dev.farmguard.agent.simulate;

import java.util.List;

/**
 * Everything about one simulated device that does not change over the simulated days. Rebuilt from
 * the seed whenever needed (see {@link ProfileFactory}); never stored for the whole fleet.
 *
 * @param index device index in the plan
 * @param deviceId the device id the agent would have (a UUID)
 * @param scenario ground truth
 * @param group the plan group
 * @param slotInGroup position inside the group (LAN address, operator id)
 * @param traits what the group shares
 * @param person the employee the roster names
 * @param machine hardware, OS and identifiers
 * @param desk peripherals, displays and settings
 * @param habits when and where the employee works
 * @param farm how a farm drives the laptop, null for benign devices
 * @param home the home network (shared by the group)
 */
record DeviceProfile(int index, String deviceId, Scenario scenario, int group, int slotInGroup, GroupTraits traits,
    Person person, Machine machine, Desk desk, Habits habits, FarmSetup farm, Site home) {

  /**
   * The employee who holds the device, and where the roster says they are.
   *
   * @param employeeId HR id
   * @param firstName first name
   * @param lastName last name
   * @param email work e-mail
   * @param employer the company
   * @param rosterPlace claimed city
   * @param rosterLatitude claimed position (near the city centre)
   * @param rosterLongitude claimed position
   */
  record Person(String employeeId, String firstName, String lastName, String email, Employers.Employer employer,
      Place rosterPlace, double rosterLatitude, double rosterLongitude) {}

  /**
   * Hardware and OS.
   *
   * @param model laptop model
   * @param os OS release
   * @param hostname host name
   * @param user login name
   * @param serial system serial
   * @param uuid system UUID
   * @param wifiMac Wi-Fi MAC
   * @param ethernetMac MAC of the dock/dongle Ethernet
   * @param panel built-in panel
   * @param panelEdid its EDID
   * @param interfaceId IPv6 interface id
   * @param preferV6 uses IPv6 when the network offers it
   * @param cycleCount battery charge cycles
   * @param bootAgeSeconds uptime at the first slot
   */
  record Machine(Laptops.Model model, Laptops.OsRelease os, String hostname, String user, String serial, String uuid,
      String wifiMac, String ethernetMac, DisplayModel panel, byte[] panelEdid, long interfaceId, boolean preferV6,
      int cycleCount, long bootAgeSeconds) {}

  /**
   * The desk and settings.
   *
   * @param monitor home monitor or TV, null if none
   * @param monitorEdid its EDID
   * @param officeMonitorEdid the office desk monitor's EDID
   * @param logitech a Logitech receiver is plugged in at the desk
   * @param headset a USB headset
   * @param yubikey a security key
   * @param wacom a drawing tablet (absolute pointer)
   * @param dock a USB-C dock with Ethernet
   * @param clamshell works with the lid closed at the desk
   * @param piGadget Raspberry Pi gadget variant, -1 for none
   * @param jiggler a software mouse jiggler runs
   * @param locale locale settings
   * @param personalTool a remote-desktop tool the user installed for private use, or null
   */
  record Desk(DisplayModel monitor, byte[] monitorEdid, byte[] officeMonitorEdid, boolean logitech, boolean headset,
      boolean yubikey, boolean wacom, boolean dock, boolean clamshell, int piGadget, boolean jiggler,
      LocaleProfile locale, String personalTool) {}

  /**
   * Working pattern.
   *
   * @param startHour start of the day, local hours
   * @param endHour end of the day; above 24 means past midnight
   * @param weekendChance chance to work on a weekend day
   * @param officeDays bit i set = office on ISO day-of-week i+1
   * @param office office for office days, null if none
   * @param trip a trip, or null
   * @param privacyVpn personal VPN client id, or null
   * @param vpnAbroad the personal VPN often exits abroad
   * @param sanctionedRmm group IT's tool is installed
   * @param itSupportDays days with an IT support session
   * @param itSupportHour local hour the session starts
   */
  record Habits(double startHour, double endHour, double weekendChance, int officeDays, Employers.Office office,
      Trip trip, String privacyVpn, boolean vpnAbroad, boolean sanctionedRmm, List<Integer> itSupportDays,
      double itSupportHour) {}

  /**
   * A trip: day {@code startDay} and {@code startDay + length} are spent travelling (no check-ins).
   *
   * @param startDay day index of departure
   * @param length days until the return day
   * @param destination city
   * @param hotel hotel number in that city
   * @param autoTimeZone the OS follows the local time zone
   */
  record Trip(int startDay, int length, Place destination, int hotel, boolean autoTimeZone) {}

  /**
   * How a farm runs this laptop.
   *
   * @param kvm the IP-KVM attached, or null
   * @param tools remote-desktop tools installed (catalog ids)
   * @param astrill Astrill VPN installed and connected
   * @param astrillExitAbroad Astrill exits abroad rather than in the US
   * @param leak leaked far-away locale profile, or null
   * @param leakLevel 1 = keyboard layouts, 2 = plus locale, 3 = plus time zone
   * @param lidClosed lid closed all the time
   * @param rdp RDP enabled with a remote session
   * @param peerId the operator's remote-desktop id
   * @param jiggler software jiggler
   */
  record FarmSetup(KvmModel kvm, List<String> tools, boolean astrill, boolean astrillExitAbroad, LocaleProfile leak,
      int leakLevel, boolean lidClosed, boolean rdp, String peerId, boolean jiggler) {}
}
