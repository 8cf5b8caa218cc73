package org.findinggood.coachdesk.schema;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh migrated database for one test class, a superuser connection to it, and the coaches the
 * class needs as foreign-key targets. Register it as a static {@code @RegisterExtension} field.
 */
final class SchemaDatabase implements BeforeAllCallback, AfterAllCallback {

    private final List<String> coachEmails;
    private final List<String> coachIds = new ArrayList<>();
    private FreshDatabase database;
    private Connection connection;

    SchemaDatabase(String... coachEmails) {
        this.coachEmails = List.of(coachEmails);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        database = PostgresHarness.freshDatabase();
        connection = database.connect();
        for (String email : coachEmails) {
            coachIds.add(Sql.scalar(connection, "insert into coaches (email) values ('" + email + "') returning id"));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        connection.close();
        database.close();
    }

    Connection connection() {
        return connection;
    }

    /** The id of the first coach given to the constructor. */
    String coachId() {
        return coachIds.get(0);
    }

    String coachId(int index) {
        return coachIds.get(index);
    }
}
