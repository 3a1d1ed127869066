package dev.farmguard.agent.simulate;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Decides, for a device and a time slot, whether it checks in and in what situation. Employees'
 * laptops check in while awake (their working hours, local to where they are); farm laptops are
 * always on and show activity in their operators' hours.
 */
final class Timeline {

  private static final List<Place> FAR_ASTRILL_EXITS = List.of(Places.byName("Hong Kong"), Places.byName("Singapore"));

  private final long seed;
  private final Instant start;

  Timeline(SimulationConfig config) {
    this.seed = config.seed();
    this.start = config.start();
  }

  /** The situation at {@code t}, or null when the device does not check in then. */
  Situation at(DeviceProfile p, int slot, Instant t) {
    return p.farm() == null ? employee(p, slot, t) : farm(p, slot, t);
  }

  private Situation employee(DeviceProfile p, int slot, Instant t) {
    DeviceProfile.Habits h = p.habits();
    ZoneId homeZone = ZoneId.of(p.home().place().zone());
    int day = dayIndex(t, homeZone);
    Site site = p.home();
    ZoneId osZone = homeZone;
    DeviceProfile.Trip trip = h.trip();
    boolean travelling = false;
    if (trip != null) {
      if (day == trip.startDay() || day == trip.startDay() + trip.length()) {
        return null; // in transit
      }
      if (day > trip.startDay() && day < trip.startDay() + trip.length()) {
        site = Site.hotel(seed, trip.destination(), trip.hotel());
        travelling = true;
        if (trip.autoTimeZone()) {
          osZone = ZoneId.of(trip.destination().zone());
        }
      }
    }
    ZonedDateTime local = t.atZone(ZoneId.of(site.place().zone()));
    if (!awake(p, local)) {
      return null;
    }
    Rng dayRng = Rng.of(seed, Rng.Salt.DAY, p.index(), local.toLocalDate().toEpochDay());
    boolean office = !travelling && (h.officeDays() & (1 << (local.getDayOfWeek().getValue() - 1))) != 0;
    if (office) {
      site = Site.office(h.office());
    }
    Rng snap = Rng.of(seed, Rng.Salt.SNAPSHOT, p.index(), slot);
    String vpnTool = null;
    String vpnExit = null;
    if (h.privacyVpn() != null && !office && dayRng.chance(0.6)) {
      vpnTool = h.privacyVpn();
      Place exit = h.vpnAbroad() && dayRng.chance(0.5) ? dayRng.pick(Places.VPN_EXITS_ABROAD)
          : dayRng.pick(Places.VPN_EXITS_US);
      vpnExit = NetworkPlan.privacyVpnExit(exit, dayRng.nextInt(4_000));
    }
    Instant itStart = null;
    double hour = local.getHour() + local.getMinute() / 60.0;
    if (h.itSupportDays().contains(day) && hour >= h.itSupportHour() && hour < h.itSupportHour() + 0.75) {
      itStart = local.toLocalDate().atStartOfDay(local.getZone()).toInstant()
          .plusSeconds((long) (h.itSupportHour() * 3600));
    }
    boolean active = itStart != null || snap.chance(0.8);
    long idle = active ? snap.between(0, 120_000) : snap.between(3, 45) * 60_000L;
    boolean deskMonitor = site.kind() == Site.Kind.HOME && p.desk().monitor() != null;
    boolean docked = deskMonitor || office;
    boolean lidClosed = p.desk().clamshell() && docked;
    boolean onAc = docked || snap.chance(0.55);
    double battery = onAc ? snap.between(80, 100) : snap.between(20, 95);
    boolean gadget = p.desk().piGadget() >= 0 && site.kind() == Site.Kind.HOME && snap.chance(0.7);
    String observed = vpnExit != null ? vpnExit
        : site.publicAddress(p.index(), p.machine().preferV6(), p.machine().interfaceId());
    return new Situation(t, day, site, osZone, active, idle, office, deskMonitor, lidClosed, onAc, battery, vpnTool,
        vpnExit, itStart, gadget, false, false, observed);
  }

  /** Awake in today's window, or still awake past midnight from yesterday's. */
  private boolean awake(DeviceProfile p, ZonedDateTime local) {
    double hour = local.getHour() + local.getMinute() / 60.0;
    LocalDate today = local.toLocalDate();
    double[] window = window(p, today);
    if (window != null && hour >= window[0] && hour < Math.min(window[1], 24)) {
      return true;
    }
    double[] yesterday = window(p, today.minusDays(1));
    return yesterday != null && yesterday[1] > 24 && hour < yesterday[1] - 24;
  }

  /** Working window of a local date in hours, or null for a day off. */
  private double[] window(DeviceProfile p, LocalDate date) {
    DeviceProfile.Habits h = p.habits();
    Rng dayRng = Rng.of(seed, Rng.Salt.DAY, p.index(), date.toEpochDay(), 1);
    boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    if (weekend ? !dayRng.chance(h.weekendChance()) : dayRng.chance(0.03)) {
      return null;
    }
    if (weekend) {
      double s = 10 + 8 * dayRng.nextDouble();
      return new double[] {s, s + 1 + 2 * dayRng.nextDouble()};
    }
    double end = h.endHour() + (dayRng.chance(0.2) ? 1.5 : 0);
    return new double[] {h.startHour(), end};
  }

  private Situation farm(DeviceProfile p, int slot, Instant t) {
    DeviceProfile.FarmSetup f = p.farm();
    GroupTraits g = p.traits();
    Site site = p.home();
    int day = dayIndex(t, ZoneId.of(site.place().zone()));
    Rng snap = Rng.of(seed, Rng.Salt.SNAPSHOT, p.index(), slot);
    ZonedDateTime op = t.atZone(ZoneId.of(g.operatorZone()));
    long sinceActive = millisSinceOperatorDay(g, op);
    boolean active = sinceActive == 0;
    long idle = active ? snap.between(0, 90_000) : sinceActive;
    String exit = null;
    if (f.astrill()) {
      Rng dayRng = Rng.of(seed, Rng.Salt.DAY, p.index(), Math.floorDiv(t.getEpochSecond(), 86_400));
      Place exitPlace = f.astrillExitAbroad() ? dayRng.pick(FAR_ASTRILL_EXITS) : dayRng.pick(Places.VPN_EXITS_US);
      exit = NetworkPlan.astrillExit(exitPlace, dayRng.nextInt(1_000));
    }
    ZoneId osZone = f.leakLevel() == 3 ? ZoneId.of(f.leak().zone()) : ZoneId.of(p.person().rosterPlace().zone());
    boolean live = !f.tools().isEmpty() && (active || g.persistentSessions());
    String observed = exit != null ? exit : site.publicAddress(p.index(), p.machine().preferV6(), p.machine().interfaceId());
    double battery = p.index() % 3 == 0 ? 80 : 100; // some laptops cap charging when always plugged in
    return new Situation(t, day, site, osZone, active, idle, false, false, f.lidClosed(), true, battery,
        f.astrill() ? "astrill" : null, exit, null, false, live, active, observed);
  }

  /** 0 inside the operators' working hours (Mon-Sat), else milliseconds since their last day ended. */
  private static long millisSinceOperatorDay(GroupTraits g, ZonedDateTime op) {
    for (int back = 0; back < 8; back++) {
      LocalDate date = op.toLocalDate().minusDays(back);
      if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      ZonedDateTime begin = date.atStartOfDay(op.getZone()).plusHours(g.operatorStartHour());
      ZonedDateTime end = begin.plusHours(g.operatorHours());
      if (!op.isBefore(begin) && op.isBefore(end)) {
        return 0;
      }
      if (!op.isBefore(end)) {
        return Duration.between(end, op).toMillis();
      }
    }
    return Duration.ofDays(8).toMillis();
  }

  private int dayIndex(Instant t, ZoneId zone) {
    return (int) (t.atZone(zone).toLocalDate().toEpochDay() - start.atZone(zone).toLocalDate().toEpochDay());
  }
}
