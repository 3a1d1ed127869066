package dev.farmguard.agent.simulate.redteam;

import dev.farmguard.agent.probe.Platform;
import dev.farmguard.agent.simulate.Rng;
import java.util.UUID;

/** A laptop model and unit as the identity probe reads it on its OS. */
record Hardware(String vendor, String model, String cpu, int logicalCpus, int physicalCpus, long memoryBytes,
    String serial, String uuid, String hostname, String osName, String osVersion, String osBuild, int batteryCycles) {

  static Hardware of(Platform os, Rng r, String login) {
    String uuid = new UUID(r.nextLong(), r.nextLong()).toString();
    long gib = 1L << 30;
    return switch (os) {
      case MACOS -> {
        boolean pro = r.chance(0.4);
        yield new Hardware("Apple Inc.", pro ? "Mac15,6" : "Mac14,2", pro ? "Apple M3 Pro" : "Apple M2", pro ? 11 : 8,
            pro ? 11 : 8, (pro ? 18 : 16) * gib, "C02" + r.alnum(9), uuid, login + "-mbp", "macOS",
            r.chance(0.5) ? "14.6.1" : "15.1", r.chance(0.5) ? "23G93" : "24B83", 50 + r.nextInt(400));
      }
      case LINUX -> new Hardware("LENOVO", r.chance(0.5) ? "ThinkPad X1 Carbon Gen 11" : "ThinkPad T14s Gen 4",
          "13th Gen Intel(R) Core(TM) i7-1365U", 12, 10, 32 * gib - 512L * (1 << 20), "PF" + r.alnum(6), uuid,
          login + "-x1", "Ubuntu", r.chance(0.6) ? "24.04" : "22.04", r.chance(0.6) ? "6.8.0-45-generic"
              : "6.5.0-41-generic", 30 + r.nextInt(500));
      default -> {
        String[][] models = {{"LENOVO", "ThinkPad T14 Gen 3"}, {"Dell Inc.", "Latitude 7440"},
            {"HP", "HP EliteBook 840 G9"}, {"LENOVO", "ThinkPad X1 Carbon Gen 10"}};
        String[] m = r.pick(models);
        yield new Hardware(m[0], m[1], "12th Gen Intel(R) Core(TM) i7-1265U", 12, 10, 32 * gib - 380L * (1 << 20),
            m[0].startsWith("Dell") ? r.alnum(7) : "PF" + r.alnum(6), uuid, "LT-" + r.alnum(7),
            r.chance(0.7) ? "Windows 11 Enterprise" : "Windows 11 Pro", "10.0.22631", "22631." + (4000 + r.nextInt(600)),
            30 + r.nextInt(600));
      }
    };
  }
}
