package org.findinggood.coachdesk.bench;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.Client;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.DailyCheckin;
import org.findinggood.coachdesk.model.FocusHistoryEntry;
import org.findinggood.coachdesk.model.Permission;
import org.findinggood.coachdesk.model.RollingAggregate;
import org.findinggood.coachdesk.model.WeeklySnapshot;

/**
 * The baselines' reader: the coach's rows by plain keyset-paged GETs with OkHttp, one at a time, parsed by
 * Jackson into the model records and handed to a {@link Sink} (nothing stored, or {@link BareStore}). The same
 * scope as the sync: the coach's relationships, then per 100 clients their rows, on per-coach tables only this
 * coach's and the null-coach ones.
 */
final class RawFetch {

    /** Where the pages go; one transaction per table and chunk of clients where the sink keeps them. */
    interface Sink {
        void rows(String table, List<?> rows);

        default void inTransaction(Runnable work) {
            work.run();
        }
    }

    static final Sink DISCARD = (table, rows) -> { };

    private static final int PAGE = 1000;

    private final OkHttpClient http;
    private final String base;
    private final String anonKey;
    private final String token;
    private final UUID coachId;
    private final String select;
    private final ObjectMapper json = org.findinggood.coachdesk.remote.RemoteJson.newMapper();

    RawFetch(OkHttpClient http, String base, String anonKey, String token, UUID coachId) {
        this(http, base, anonKey, token, coachId, "*");
    }

    private RawFetch(OkHttpClient http, String base, String anonKey, String token, UUID coachId, String select) {
        this.http = http;
        this.base = base;
        this.anonKey = anonKey;
        this.token = token;
        this.coachId = coachId;
        this.select = select;
    }

    /** The same reads with {@code select=id}: what an id reconciliation must read at least. */
    RawFetch idsOnly() {
        return new RawFetch(http, base, anonKey, token, coachId, "id");
    }

    /** Straight to the stand-in, with {@code coach}'s access token. */
    static RawFetch direct(org.findinggood.coachdesk.sync.LocalSyncStack stack,
            org.findinggood.coachdesk.sync.LocalSyncStack.SignedIn coach, OkHttpClient http, UUID coachId) {
        return new RawFetch(http, stack.supabase().baseUrl().toString(), stack.supabase().anonKey(),
                coach.tokens().accessToken(), coachId);
    }

    long fetchAll(List<String> emails, Sink sink) {
        long[] rows = new long[1];
        String mine = "(coach_id.eq." + coachId + ",coach_id.is.null)";
        sink.inTransaction(() -> rows[0] += pages("coaching_relationships", "coach_id", "eq." + coachId, null,
                CoachingRelationship.class, CoachingRelationship::id, sink));
        for (int i = 0; i < emails.size(); i += 100) {
            String in = "in.(" + String.join(",", emails.subList(i, Math.min(emails.size(), i + 100))) + ")";
            sink.inTransaction(() -> {
                rows[0] += pages("clients", "email", in, null, Client.class, Client::id, sink);
                rows[0] += pages("permissions", "client_email", in, null, Permission.class, Permission::id, sink);
                rows[0] += pages("agreed_activities", "client_email", in, mine, AgreedActivity.class, AgreedActivity::id, sink);
                rows[0] += pages("rolling_aggregates", "client_email", in, mine, RollingAggregate.class, RollingAggregate::id, sink);
                rows[0] += pages("weekly_snapshots", "client_email", in, mine, WeeklySnapshot.class, WeeklySnapshot::id, sink);
                rows[0] += pages("daily_checkins", "client_email", in, null, DailyCheckin.class, DailyCheckin::id, sink);
                rows[0] += pages("focus_history", "client_email", in, null, FocusHistoryEntry.class, FocusHistoryEntry::id, sink);
            });
        }
        return rows[0];
    }

    private <T> long pages(String table, String column, String filter, String orCoach, Class<T> type,
            Function<T, UUID> id, Sink sink) {
        JavaType listType = json.getTypeFactory().constructCollectionType(List.class, type);
        long rows = 0;
        UUID last = null;
        while (true) {
            HttpUrl.Builder url = HttpUrl.get(base).newBuilder().addPathSegments("rest/v1/" + table)
                    .addQueryParameter("select", select)
                    .addQueryParameter(column, filter)
                    .addQueryParameter("order", "id.asc")
                    .addQueryParameter("limit", Integer.toString(PAGE));
            if (orCoach != null) {
                url.addQueryParameter("or", orCoach);
            }
            if (last != null) {
                url.addQueryParameter("id", "gt." + last);
            }
            Request request = new Request.Builder().url(url.build()).header("apikey", anonKey)
                    .header("Authorization", "Bearer " + token).build();
            List<T> page;
            try (Response response = http.newCall(request).execute()) {
                if (!response.isSuccessful()) {
                    throw new IllegalStateException(table + " answered " + response.code());
                }
                page = json.readValue(response.body().byteStream(), listType);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            sink.rows(table, page);
            rows += page.size();
            if (page.size() < PAGE) {
                return rows;
            }
            last = id.apply(page.get(page.size() - 1));
        }
    }
}
