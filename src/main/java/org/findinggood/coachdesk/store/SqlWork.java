package org.findinggood.coachdesk.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of SQL run on the cache's one connection, inside its lock. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
