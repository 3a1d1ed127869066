package dev.farmguard.agent.simulate.redteam;

import dev.farmguard.agent.simulate.Place;

/** The employee a laptop is issued to, as the roster knows them (for a farm: the identity the worker uses). */
record Person(String employeeId, String firstName, String lastName, String login, Place rosterPlace) {

  String email() {
    return (firstName + "." + lastName).toLowerCase(java.util.Locale.ROOT) + "@example.com";
  }
}
