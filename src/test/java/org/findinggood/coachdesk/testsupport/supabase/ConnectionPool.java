package org.findinggood.coachdesk.testsupport.supabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;

/** A few {@code authenticator} connections (as PostgREST's pool), each request one transaction on one of them. */
final class ConnectionPool implements AutoCloseable {

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException, RestError;
    }

    private final FreshDatabase database;
    private final BlockingQueue<Connection> idle;

    ConnectionPool(FreshDatabase database, int size) {
        this.database = database;
        this.idle = new ArrayBlockingQueue<>(size);
    }

    <T> T inTransaction(Work<T> work) throws SQLException, RestError {
        Connection connection = idle.poll();
        if (connection == null || connection.isClosed()) {
            connection = database.connectAs("anon", Map.of());
        }
        boolean healthy = true;
        try {
            connection.setAutoCommit(false);
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RestError | RuntimeException failure) {
            try {
                connection.rollback();
            } catch (SQLException broken) {
                healthy = false;
            }
            throw failure;
        } finally {
            if (!healthy || !idle.offer(connection)) {
                connection.close();
            }
        }
    }

    @Override
    public void close() {
        Connection connection;
        while ((connection = idle.poll()) != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the database is being dropped anyway
            }
        }
    }
}
