package dev.farmguard.collector.geo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One GeoLite2-layout CSV file: a header row naming the columns, then data rows. Columns are found
 * by name so extra or reordered columns are fine; every problem is reported with file and line.
 */
final class CsvTable {

  /** Handles one data row; throw IllegalArgumentException to reject it. */
  @FunctionalInterface
  interface RowHandler {
    void accept(Row row) throws GeoIpLoadException;
  }

  /** A data row with access by column index and its line number. */
  static final class Row {
    private CSVRecord record;
    private long line;

    String get(int column) {
      return column < 0 || column >= record.size() ? "" : record.get(column);
    }

    long line() {
      return line;
    }
  }

  private final Path file;
  private final List<String> header;

  private CsvTable(Path file, List<String> header) {
    this.file = file;
    this.header = header;
  }

  /** Reads only the header of a file. */
  static CsvTable open(Path file) throws GeoIpLoadException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT)) {
      Iterator<CSVRecord> it = parser.iterator();
      if (!it.hasNext()) {
        throw new GeoIpLoadException(file + ": empty file, expected a header row");
      }
      List<String> names = new ArrayList<>();
      for (String name : it.next()) {
        names.add(name.replace("\uFEFF", "").trim());
      }
      return new CsvTable(file, List.copyOf(names));
    } catch (UncheckedIOException e) {
      throw new GeoIpLoadException(file + " line 1: unreadable CSV header: " + e.getCause().getMessage(), e);
    } catch (GeoIpLoadException e) {
      throw e;
    } catch (IOException e) {
      throw new GeoIpLoadException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  Path file() {
    return file;
  }

  boolean hasColumn(String name) {
    return header.contains(name);
  }

  /** Index of a column that must exist. */
  int required(String name) throws GeoIpLoadException {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new GeoIpLoadException(file + " line 1: missing column '" + name + "' (header: " + String.join(",", header) + ")");
    }
    return i;
  }

  /** Index of a column that may be absent (-1), e.g. latitude in a Country database. */
  int optional(String name) {
    return header.indexOf(name);
  }

  /** Streams every data row to the handler; rows shorter than the header are an error. */
  void forEachRow(RowHandler handler) throws GeoIpLoadException {
    Row row = new Row();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT)) {
      Iterator<CSVRecord> it = parser.iterator();
      if (it.hasNext()) {
        it.next(); // header
      }
      while (it.hasNext()) {
        CSVRecord record = it.next();
        row.record = record;
        row.line = record.getRecordNumber(); // header is record 1, and no field spans lines
        if (record.size() == 1 && record.get(0).isEmpty()) {
          continue;
        }
        if (record.size() < header.size()) {
          throw new GeoIpLoadException(file + " line " + row.line + ": expected " + header.size()
              + " columns, found " + record.size());
        }
        try {
          handler.accept(row);
        } catch (IllegalArgumentException e) {
          throw new GeoIpLoadException(file + " line " + row.line + ": " + e.getMessage(), e);
        }
      }
    } catch (UncheckedIOException e) {
      throw new GeoIpLoadException(file + ": malformed CSV near line " + (row.line + 1) + ": " + e.getCause().getMessage(), e);
    } catch (GeoIpLoadException e) {
      throw e;
    } catch (IOException e) {
      throw new GeoIpLoadException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses an optional decimal column: NaN when empty. */
  static double parseDouble(String text, String column) {
    if (text.isEmpty()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad " + column + " '" + text + "'");
    }
  }

  /** Parses a non-negative integer column: -1 when empty. */
  static long parseUnsigned(String text, String column) {
    if (text.isEmpty()) {
      return -1;
    }
    try {
      long v = Long.parseLong(text);
      if (v < 0) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad " + column + " '" + text + "'");
    }
  }
}
