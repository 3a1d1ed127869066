package dev.farmguard.agent.simulate.redteam;

import dev.farmguard.agent.simulate.NetworkPlan;
import dev.farmguard.agent.simulate.Place;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands out made-up public /24 blocks, one per (AS, city), from 23.16.0.0 upwards (public space, not reserved),
 * and remembers them for the GeoIP CSVs. The accuracy radius follows the network's kind, as GeoIP data does:
 * residential lines are placed to a few km, mobile and hosting ranges much more loosely.
 */
final class AddressPlan {

  private static final long FIRST = (23L << 24) | (16L << 16);

  private final Map<String, Integer> blocks = new LinkedHashMap<>();
  private final List<NetworkPlan.PublicNetwork> networks = new ArrayList<>();
  private final Map<String, Integer> nextHost = new LinkedHashMap<>();

  /** A fresh address in the block of (isp, place); hosts 10..250 of the block, then wraps. */
  String address(Isp isp, Place place) {
    String key = isp.asn() + "|" + place.id();
    int block = block(isp, place, key);
    int host = nextHost.merge(key, 1, Integer::sum);
    return dotted(FIRST + (long) block * 256 + 10 + (host - 1) % 240);
  }

  private int block(Isp isp, Place place, String key) {
    Integer existing = blocks.get(key);
    if (existing != null) {
      return existing;
    }
    int index = blocks.size();
    blocks.put(key, index);
    networks.add(new NetworkPlan.PublicNetwork(dotted(FIRST + (long) index * 256) + "/24", place, isp.asn(),
        isp.organization(), radiusKm(isp.kind())));
    return index;
  }

  List<NetworkPlan.PublicNetwork> networks() {
    return List.copyOf(networks);
  }

  private static int radiusKm(Isp.Kind kind) {
    return switch (kind) {
      case RESIDENTIAL -> 10;
      case BUSINESS -> 20;
      case MOBILE -> 200;
      case HOSTING -> 500;
    };
  }

  private static String dotted(long v) {
    return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
  }
}
