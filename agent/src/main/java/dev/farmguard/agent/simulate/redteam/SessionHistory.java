package dev.farmguard.agent.simulate.redteam;

import dev.farmguard.agent.simulate.Rng;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The remote sessions into one laptop, recomputed from the seed for any instant: an operator's working day
 * (farms), an occasional helpdesk session (IT), evenings from the employee's own PC (gamers).
 */
final class SessionHistory {

  /** One inbound session. */
  record Session(Instant start, Instant end, String peerId, String peerIp) {}

  private static final int LOOKBACK_DAYS = 10;

  private final long seed;
  private final Laptop laptop;

  SessionHistory(long seed, Laptop laptop) {
    this.seed = seed;
    this.laptop = laptop;
  }

  /** Sessions that started before {@code now} within the last days, oldest first. */
  List<Session> upTo(Instant now) {
    List<Session> out = new ArrayList<>();
    if (laptop.sessions == Laptop.Sessions.NONE) {
      return out;
    }
    LocalDate today = now.atZone(laptop.routine.zone()).toLocalDate();
    for (int back = LOOKBACK_DAYS; back >= 0; back--) {
      Session s = onDay(today.minusDays(back));
      if (s != null && s.start().isBefore(now)) {
        out.add(s);
      }
    }
    return out;
  }

  Session activeAt(Instant now) {
    List<Session> all = upTo(now);
    Session last = all.isEmpty() ? null : all.get(all.size() - 1);
    return last != null && last.end().isAfter(now) ? last : null;
  }

  private Session onDay(LocalDate day) {
    Rng r = Rng.of(seed, 41, laptop.index, day.toEpochDay());
    Routine routine = laptop.routine;
    boolean weekend = day.getDayOfWeek().getValue() >= 6;
    ZonedDateTime midnight = day.atStartOfDay(routine.zone());
    return switch (laptop.sessions) {
      case OPERATOR -> {
        if (weekend && !routine.weekends()) {
          yield null;
        }
        Instant start = midnight.plusHours(routine.start()).plusMinutes(r.nextInt(40)).toInstant();
        Instant end = start.plus(Duration.ofHours(routine.hours())).plus(Duration.ofMinutes(r.nextInt(50)));
        yield new Session(start, end, r.pick(laptop.peerIds), r.pick(laptop.peerIps));
      }
      case IT_HELPDESK -> {
        if (weekend || !r.chance(0.2)) {
          yield null;
        }
        Instant start = midnight.plusHours(10 + r.nextInt(6)).plusMinutes(r.nextInt(60)).toInstant();
        yield new Session(start, start.plus(Duration.ofMinutes(15 + r.nextInt(40))), r.pick(laptop.peerIds),
            r.pick(laptop.peerIps));
      }
      case OWN_PC -> {
        if (!r.chance(weekend ? 0.6 : 0.35)) {
          yield null;
        }
        Instant start = midnight.plusHours(19 + r.nextInt(3)).plusMinutes(r.nextInt(60)).toInstant();
        yield new Session(start, start.plus(Duration.ofMinutes(60 + r.nextInt(150))), laptop.peerIds[0],
            laptop.peerIps[0]);
      }
      case NONE -> null;
    };
  }
}
