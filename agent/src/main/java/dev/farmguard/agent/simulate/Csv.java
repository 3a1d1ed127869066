package dev.farmguard.agent.simulate;

/** RFC 4180 field quoting for the CSV files the simulator writes. */
public final class Csv {

  private Csv() {}

  public static String field(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  public static String row(Object... values) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(field(String.valueOf(values[i])));
    }
    return sb.append('\n').toString();
  }
}
