package org.findinggood.coachdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.findinggood.coachdesk.model.Permission;

/** {@code permissions}: the client's Permission, Practice and Focus. */
public final class PermissionRepository extends RowRepository<Permission> {

    static final String LATEST_BY_CLIENT = "SELECT * FROM permissions WHERE client_email = ? "
            + "ORDER BY updated_at DESC, created_at DESC LIMIT 1";

    public PermissionRepository(CacheDatabase db) {
        super(db, Permission.class, "permissions", List.of("id", "client_email", "prediction_id", "practice", "permission", "focus",
                "created_at", "updated_at"));
    }

    /** The client's current Permission: the most recently updated row. */
    public Optional<Permission> latestByClient(String clientEmail) {
        List<Permission> found = query(LATEST_BY_CLIENT, clientEmail);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    UUID idOf(Permission row) {
        return row.id();
    }

    @Override
    void bind(RowValues values, Permission row) {
        values.uuid(1, row.id());
        values.text(2, row.clientEmail());
        values.uuid(3, row.predictionId());
        values.text(4, row.practice());
        values.text(5, row.permission());
        values.json(6, row.focus());
        values.timestamp(7, row.createdAt());
        values.timestamp(8, row.updatedAt());
    }

    @Override
    Permission read(ResultSet rs) throws SQLException {
        return new Permission(Columns.uuid(rs, "id"), rs.getString("client_email"), Columns.uuid(rs, "prediction_id"),
                rs.getString("practice"), rs.getString("permission"), Columns.json(rs, "focus"),
                Columns.timestamp(rs, "created_at"), Columns.timestamp(rs, "updated_at"));
    }
}
