package io.ziar.bench.suite;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ingest-service's database of the local suite, read only: PostgreSQL on 127.0.0.1 as {@code postgres}
 * (trust authentication, as dev/postgres.sh expects), port ZIAR_PG_PORT, database ZIAR_DB_NAME.
 */
public final class IngestDatabase implements AutoCloseable {

    private final String url;
    private Connection connection;

    public IngestDatabase(String url) {
        this.url = url;
    }

    /** From the environment that bench/lib.sh sets: ZIAR_PG_PORT (5432), ZIAR_DB_NAME (ziar). */
    public static IngestDatabase fromEnvironment() {
        Map<String, String> env = System.getenv();
        return new IngestDatabase("jdbc:postgresql://127.0.0.1:" + env.getOrDefault("ZIAR_PG_PORT", "5432") + "/"
                + env.getOrDefault("ZIAR_DB_NAME", "ziar") + "?user=postgres");
    }

    /** The rows of a query, each as its columns' text; the connection is opened again after a failure. */
    public List<List<String>> rows(String sql, Object... parameters) throws SQLException {
        try {
            if (connection == null) {
                connection = DriverManager.getConnection(url);
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                List<List<String>> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        List<String> row = new ArrayList<>(columns);
                        for (int column = 1; column <= columns; column++) {
                            row.add(result.getString(column));
                        }
                        rows.add(row);
                    }
                }
                return rows;
            }
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // gone already
            }
            connection = null;
        }
    }
}
