package dev.farmguard.agent.simulate.redteam;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a laptop is awake and when someone (at the console, or an operator far away) is using it.
 *
 * @param zone      the zone of the person's working day (the operator's for farms)
 * @param start     first working hour, local
 * @param hours     length of the working day in hours (wraps past midnight for night shifts)
 * @param alwaysOn  never sleeps (farm, or IT power policy on a dock); otherwise asleep outside use
 * @param weekends  works Saturdays and Sundays too
 */
record Routine(ZoneId zone, int start, int hours, boolean alwaysOn, boolean weekends) {

  /** Someone uses the laptop in this hour (lunch and small gaps included), as decided by {@code noise}. */
  boolean inUse(Instant at, long noise) {
    ZonedDateTime local = at.atZone(zone);
    int offset = Math.floorMod(local.getHour() - start, 24);
    if (offset >= hours) {
      return false;
    }
    ZonedDateTime dayStart = local.minusHours(offset);
    DayOfWeek day = dayStart.getDayOfWeek();
    if (!weekends && (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY)) {
      return false;
    }
    boolean lunch = offset == hours / 2;
    return Math.floorMod(noise, 100) < (lunch ? 40 : 90);
  }

  /** Awake: always-on laptops always; others from an hour before use until the day's last hour of use. */
  boolean awake(Instant at, long noise) {
    if (alwaysOn) {
      return Math.floorMod(noise, 1000) >= 8; // rare gaps: updates, reboots, the agent restarting
    }
    ZonedDateTime local = at.atZone(zone);
    int offset = Math.floorMod(local.getHour() - start, 24);
    DayOfWeek day = local.minusHours(offset).getDayOfWeek();
    boolean workday = weekends || (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY);
    if (workday && offset < hours) {
      return true;
    }
    // an evening check of mail or a weekend hour now and then
    return Math.floorMod(noise, 100) < (workday ? 6 : 3) && local.getHour() >= 8 && local.getHour() <= 22;
  }
}
