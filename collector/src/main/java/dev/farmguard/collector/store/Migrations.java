package dev.farmguard.collector.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code db/migration/V1__x.sql}, {@code V2__y.sql}, ... (listed in {@code db/migration/index.txt},
 * numbered without gaps) in order, each once, recording applied versions in {@code schema_migrations}. A
 * dialect may override one version with {@code db/migration/<dialect>/Vn__same_name.sql} where portable SQL
 * is impossible.
 */
final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    static final String ROOT = "db/migration/";
    private static final int MAX_VERSIONS = 1000;

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final ClassLoader loader;

    Migrations(DataSource dataSource, SqlDialect dialect, ClassLoader loader) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.loader = loader;
    }

    /** Applies pending migrations; returns the resulting schema version. */
    int migrate() {
        List<Migration> available = available();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            dialect.lockMigrations(c);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, "
                        + "description VARCHAR(200) NOT NULL, applied_at BIGINT NOT NULL)");
            }
            int current = currentVersion(c);
            for (Migration m : available) {
                if (m.version() > current) {
                    apply(c, m);
                    current = m.version();
                }
            }
            c.commit();
            return current;
        } catch (SQLException e) {
            throw new StoreException("schema migration failed: " + StorageFailures.explain(e), e);
        }
    }

    private void apply(Connection c, Migration m) throws SQLException {
        LOG.info("applying schema migration V{} {} ({})", m.version(), m.description(), dialect);
        try (Statement s = c.createStatement()) {
            for (String sql : statements(m.sql())) {
                s.execute(sql);
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)")) {
            p.setInt(1, m.version());
            p.setString(2, m.description());
            p.setLong(3, System.currentTimeMillis());
            p.executeUpdate();
        }
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) {
            r.next();
            return r.getInt(1);
        }
    }

    List<Migration> available() {
        List<Migration> out = new ArrayList<>();
        List<String> names = index();
        for (int v = 1; v <= names.size(); v++) {
            String name = names.get(v - 1);
            String override = read(ROOT + dialect.overrideFolder() + "/" + name);
            String sql = override != null ? override : read(ROOT + name);
            if (sql == null) {
                throw new StoreException("migration " + ROOT + name + " listed but missing", null);
            }
            out.add(new Migration(v, name.substring(name.indexOf("__") + 2, name.length() - 4), sql));
        }
        return out;
    }

    /** File names V1__..., V2__..., found by probing the index file, so this works inside a jar. */
    private List<String> index() {
        String text = read(ROOT + "index.txt");
        if (text == null) {
            throw new StoreException(ROOT + "index.txt is missing", null);
        }
        List<String> names = new ArrayList<>();
        for (String line : text.split("\n")) {
            String name = line.trim();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            String expected = "V" + (names.size() + 1) + "__";
            if (!name.startsWith(expected) || !name.endsWith(".sql") || names.size() >= MAX_VERSIONS) {
                throw new StoreException(ROOT + "index.txt: '" + name + "' should start with " + expected, null);
            }
            names.add(name);
        }
        return names;
    }

    /** Splits a script on semicolons that end a line; comments are dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private String read(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read " + resource, e);
        }
    }

    record Migration(int version, String description, String sql) {}
}
