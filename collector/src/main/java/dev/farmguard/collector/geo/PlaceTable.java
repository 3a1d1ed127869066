package dev.farmguard.collector.geo;

import java.util.Arrays;

/**
 * Distinct (location, latitude, longitude, radius) tuples of a City block file, deduplicated so
 * millions of blocks share a few hundred thousand places. Coordinates are floats (~1 m precision).
 */
final class PlaceTable {

  private int[] locations = new int[1024];
  private float[] latitudes = new float[1024];
  private float[] longitudes = new float[1024];
  private int[] radii = new int[1024];
  private int size;
  private int[] slots = new int[2048]; // open addressing: place index + 1, 0 = empty

  /** Index of the place, adding it when new. */
  int intern(int location, float latitude, float longitude, int radius) {
    int mask = slots.length - 1;
    int h = hash(location, latitude, longitude, radius) & mask;
    while (slots[h] != 0) {
      int p = slots[h] - 1;
      if (locations[p] == location && radii[p] == radius
          && Float.compare(latitudes[p], latitude) == 0 && Float.compare(longitudes[p], longitude) == 0) {
        return p;
      }
      h = (h + 1) & mask;
    }
    if (size == locations.length) {
      int capacity = size * 2;
      locations = Arrays.copyOf(locations, capacity);
      latitudes = Arrays.copyOf(latitudes, capacity);
      longitudes = Arrays.copyOf(longitudes, capacity);
      radii = Arrays.copyOf(radii, capacity);
    }
    locations[size] = location;
    latitudes[size] = latitude;
    longitudes[size] = longitude;
    radii[size] = radius;
    slots[h] = ++size;
    if (size * 2 > slots.length) {
      rehash();
    }
    return size - 1;
  }

  /** Drops the hash table and spare capacity once loading is done. */
  void compact() {
    slots = new int[0];
    locations = Arrays.copyOf(locations, size);
    latitudes = Arrays.copyOf(latitudes, size);
    longitudes = Arrays.copyOf(longitudes, size);
    radii = Arrays.copyOf(radii, size);
  }

  int size() {
    return size;
  }

  int location(int place) {
    return locations[place];
  }

  float latitude(int place) {
    return latitudes[place];
  }

  float longitude(int place) {
    return longitudes[place];
  }

  int radius(int place) {
    return radii[place];
  }

  private void rehash() {
    int[] next = new int[slots.length * 2];
    int mask = next.length - 1;
    for (int p = 0; p < size; p++) {
      int h = hash(locations[p], latitudes[p], longitudes[p], radii[p]) & mask;
      while (next[h] != 0) {
        h = (h + 1) & mask;
      }
      next[h] = p + 1;
    }
    slots = next;
  }

  private static int hash(int location, float latitude, float longitude, int radius) {
    int h = location * 0x9E3779B1;
    h = (h ^ Float.floatToIntBits(latitude)) * 0x85EBCA6B;
    h = (h ^ Float.floatToIntBits(longitude)) * 0xC2B2AE35;
    h ^= radius;
    return h ^ (h >>> 16);
  }
}
