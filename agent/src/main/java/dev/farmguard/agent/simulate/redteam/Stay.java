package dev.farmguard.agent.simulate.redteam;

/**
 * A laptop away from its usual network for a while: a hotel, a coworking desk, abroad.
 *
 * @param fromDay   first simulated day (0-based) of the stay
 * @param toDay     last day, inclusive
 * @param site      where it is
 * @param dayHours  only during the local working hours 8..18 on weekdays (a coworking desk), else all day
 * @param zoneMoves the OS time zone follows the laptop there (automatic time zone)
 */
record Stay(int fromDay, int toDay, Site site, boolean dayHours, boolean zoneMoves) {}
