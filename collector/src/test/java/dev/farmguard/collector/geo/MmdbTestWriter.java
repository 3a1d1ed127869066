package dev.farmguard.collector.geo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes small MaxMind DB files for tests, following the MaxMind DB format spec 2.0: a binary
 * search tree (24- or 32-bit records), 16 zero bytes, a data section of typed fields, then the
 * metadata marker and metadata map. Values: String, Double, Float, Boolean, Map, List, and the
 * {@link U16}/{@link U32}/{@link U64}/{@link I32} wrappers for integers.
 */
final class MmdbTestWriter {

  record U16(int value) {}

  record U32(long value) {}

  record U64(long value) {}

  record I32(int value) {}

  private static final byte[] METADATA_MARKER = {(byte) 0xAB, (byte) 0xCD, (byte) 0xEF,
      'M', 'a', 'x', 'M', 'i', 'n', 'd', '.', 'c', 'o', 'm'};

  private static final class Node {
    Object[] children = new Object[2]; // Node, Map (data) or null
  }

  private final String databaseType;
  private final int ipVersion;
  private final int recordSize;
  private final Node root = new Node();

  MmdbTestWriter(String databaseType, int ipVersion, int recordSize) {
    if (recordSize != 24 && recordSize != 32) {
      throw new IllegalArgumentException("record size 24 or 32");
    }
    this.databaseType = databaseType;
    this.ipVersion = ipVersion;
    this.recordSize = recordSize;
  }

  /** Maps a CIDR network (IPv4 networks go under ::/96 in an IPv6 tree) to a record. */
  MmdbTestWriter insert(String cidr, Map<String, Object> data) {
    IpLiterals.Cidr c = IpLiterals.parseCidr(cidr);
    int bits;
    long hi;
    long lo;
    if (c.ipv6()) {
      if (ipVersion != 6) {
        throw new IllegalArgumentException("IPv6 network in an IPv4 tree");
      }
      bits = c.prefix();
      hi = c.hi();
      lo = c.lo();
    } else if (ipVersion == 6) {
      bits = 96 + c.prefix();
      hi = 0;
      lo = c.lo();
    } else {
      bits = c.prefix();
      hi = 0;
      lo = c.lo() << 32; // IPv4 tree: the address is the top 32 bits
    }
    int depth = ipVersion == 6 ? 128 : 32;
    Node node = root;
    for (int i = 0; i < bits; i++) {
      int bit = bitAt(hi, lo, i, ipVersion == 6 ? 0 : 64);
      if (i == bits - 1) {
        node.children[bit] = data;
      } else {
        if (!(node.children[bit] instanceof Node)) {
          node.children[bit] = new Node();
        }
        node = (Node) node.children[bit];
      }
    }
    if (bits > depth) {
      throw new IllegalArgumentException("prefix too long");
    }
    return this;
  }

  private static int bitAt(long hi, long lo, int index, int offset) {
    int i = index + offset;
    long half = i < 64 ? hi : lo;
    return (int) ((half >>> (63 - (i % 64))) & 1);
  }

  void write(Path file) throws IOException {
    List<Node> nodes = new ArrayList<>();
    IdentityHashMap<Node, Integer> ids = new IdentityHashMap<>();
    ArrayDeque<Node> queue = new ArrayDeque<>();
    queue.add(root);
    while (!queue.isEmpty()) {
      Node n = queue.poll();
      ids.put(n, nodes.size());
      nodes.add(n);
      for (Object child : n.children) {
        if (child instanceof Node c) {
          queue.add(c);
        }
      }
    }
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    IdentityHashMap<Object, Integer> offsets = new IdentityHashMap<>();
    for (Node n : nodes) {
      for (Object child : n.children) {
        if (child instanceof Map<?, ?> && !offsets.containsKey(child)) {
          offsets.put(child, data.size());
          encode(data, child);
        }
      }
    }
    int nodeCount = nodes.size();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Node n : nodes) {
      for (Object child : n.children) {
        long value;
        if (child instanceof Node c) {
          value = ids.get(c);
        } else if (child == null) {
          value = nodeCount; // "no data"
        } else {
          value = nodeCount + 16L + offsets.get(child);
        }
        writeUnsigned(out, value, recordSize / 8);
      }
    }
    out.write(new byte[16]);
    data.writeTo(out);
    out.write(METADATA_MARKER);
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("node_count", new U32(nodeCount));
    metadata.put("record_size", new U16(recordSize));
    metadata.put("ip_version", new U16(ipVersion));
    metadata.put("database_type", databaseType);
    metadata.put("languages", List.of("en"));
    metadata.put("binary_format_major_version", new U16(2));
    metadata.put("binary_format_minor_version", new U16(0));
    metadata.put("build_epoch", new U64(1_700_000_000L));
    metadata.put("description", Map.of("en", "farmguard test database"));
    encode(out, metadata);
    Files.write(file, out.toByteArray());
  }

  private static void encode(ByteArrayOutputStream out, Object value) {
    if (value instanceof String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      control(out, 2, b.length);
      out.writeBytes(b);
    } else if (value instanceof Double d) {
      control(out, 3, 8);
      writeUnsigned(out, Double.doubleToLongBits(d), 8);
    } else if (value instanceof Float f) {
      control(out, 15, 4);
      writeUnsigned(out, Float.floatToIntBits(f) & 0xFFFF_FFFFL, 4);
    } else if (value instanceof U16 u) {
      unsigned(out, 5, u.value());
    } else if (value instanceof U32 u) {
      unsigned(out, 6, u.value());
    } else if (value instanceof U64 u) {
      unsigned(out, 9, u.value());
    } else if (value instanceof I32 i) {
      control(out, 8, 4);
      writeUnsigned(out, i.value() & 0xFFFF_FFFFL, 4);
    } else if (value instanceof Boolean b) {
      control(out, 14, b ? 1 : 0);
    } else if (value instanceof Map<?, ?> m) {
      control(out, 7, m.size());
      for (Map.Entry<?, ?> e : m.entrySet()) {
        encode(out, (String) e.getKey());
        encode(out, e.getValue());
      }
    } else if (value instanceof List<?> l) {
      control(out, 11, l.size());
      for (Object o : l) {
        encode(out, o);
      }
    } else {
      throw new IllegalArgumentException("cannot encode " + value);
    }
  }

  private static void unsigned(ByteArrayOutputStream out, int type, long value) {
    int bytes = 0;
    for (long v = value; v != 0; v >>>= 8) {
      bytes++;
    }
    control(out, type, bytes);
    writeUnsigned(out, value, bytes);
  }

  /** Control byte: type in the top 3 bits (0 = extended, type-7 in the next byte), then the size. */
  private static void control(ByteArrayOutputStream out, int type, int size) {
    int first = type <= 7 ? type << 5 : 0;
    byte[] extra;
    if (size < 29) {
      first |= size;
      extra = new byte[0];
    } else if (size < 29 + 256) {
      first |= 29;
      extra = new byte[] {(byte) (size - 29)};
    } else if (size < 285 + 65_536) {
      first |= 30;
      int s = size - 285;
      extra = new byte[] {(byte) (s >>> 8), (byte) s};
    } else {
      first |= 31;
      int s = size - 65_821;
      extra = new byte[] {(byte) (s >>> 16), (byte) (s >>> 8), (byte) s};
    }
    out.write(first);
    if (type > 7) {
      out.write(type - 7);
    }
    out.writeBytes(extra);
  }

  private static void writeUnsigned(ByteArrayOutputStream out, long value, int bytes) {
    for (int i = bytes - 1; i >= 0; i--) {
      out.write((int) (value >>> (8 * i)) & 0xFF);
    }
  }
}
