package org.sourceledger.support;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/** Reads the database directly, so tests can prove that a rejected request wrote nothing. */
@ApplicationScoped
public class Database {

    private static final String[] TABLES = {
        "stories", "claims", "reports", "report_derivations", "claim_links", "api_keys", "event_outbox"
    };

    private final AgroalDataSource dataSource;

    public Database(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Row count of every table, and the highest row version of each versioned one: any write changes this. */
    public Map<String, Long> fingerprint() {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                counts.put(table, single(statement, "SELECT count(*) FROM " + table));
            }
            for (String table : new String[] {"stories", "claims", "reports"}) {
                counts.put(table + ".versions", single(statement, "SELECT coalesce(sum(version), 0) FROM " + table));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    public long count(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            return single(statement, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every table of the application's schema. */
    public java.util.List<String> tables() {
        return strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
    }

    /** The first column of every row, as text. */
    public java.util.List<String> strings(String sql) {
        java.util.List<String> values = new java.util.ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    public int update(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
