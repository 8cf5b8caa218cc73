package org.findinggood.coachdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.findinggood.coachdesk.model.Client;

/** {@code clients}: id, email, name, calendar_link of the coach's clients. */
public final class ClientRepository extends RowRepository<Client> {

    public ClientRepository(CacheDatabase db) {
        super(db, Client.class, "clients", List.of("id", "email", "name", "calendar_link"));
    }

    public Optional<Client> byEmail(String email) {
        List<Client> found = query("SELECT * FROM clients WHERE email = ? LIMIT 1", email);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    String clientColumn() {
        return "email";
    }

    @Override
    UUID idOf(Client row) {
        return row.id();
    }

    @Override
    void bind(RowValues values, Client row) {
        values.uuid(1, row.id());
        values.text(2, row.email());
        values.text(3, row.name());
        values.text(4, row.calendarLink());
    }

    @Override
    Client read(ResultSet rs) throws SQLException {
        return new Client(Columns.uuid(rs, "id"), rs.getString("email"), rs.getString("name"), rs.getString("calendar_link"));
    }
}
