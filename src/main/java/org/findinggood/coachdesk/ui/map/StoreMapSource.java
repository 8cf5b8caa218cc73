package org.findinggood.coachdesk.ui.map;

import java.time.LocalDate;
import org.findinggood.coachdesk.model.RollingAggregate;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.DailyCheckinRepository;
import org.findinggood.coachdesk.store.FocusHistoryRepository;
import org.findinggood.coachdesk.store.RollingAggregateRepository;

/** The Map's rows from the local cache (background thread only). */
public final class StoreMapSource implements MapSource {

    /** Check-ins before this are not part of any engagement Coach Desk shows. */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final RollingAggregateRepository aggregates;
    private final FocusHistoryRepository focusHistory;
    private final DailyCheckinRepository checkins;

    public StoreMapSource(CacheDatabase db) {
        this(new RollingAggregateRepository(db), new FocusHistoryRepository(db), new DailyCheckinRepository(db));
    }

    public StoreMapSource(RollingAggregateRepository aggregates, FocusHistoryRepository focusHistory,
                          DailyCheckinRepository checkins) {
        this.aggregates = aggregates;
        this.focusHistory = focusHistory;
        this.checkins = checkins;
    }

    @Override
    public MapData load(String clientEmail) {
        RollingAggregate aggregate = aggregates.byClient(clientEmail).orElse(null);
        return new MapData(clientEmail, aggregate, focusHistory.byClient(clientEmail),
                checkins.byClientBetween(clientEmail, EARLIEST, LocalDate.of(9999, 12, 31)));
    }
}
