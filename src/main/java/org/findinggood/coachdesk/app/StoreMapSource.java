package org.findinggood.coachdesk.app;

import java.time.LocalDate;
import org.findinggood.coachdesk.model.RollingAggregate;
import org.findinggood.coachdesk.store.CacheStore;
import org.findinggood.coachdesk.store.DailyCheckinRepository;
import org.findinggood.coachdesk.store.FocusHistoryRepository;
import org.findinggood.coachdesk.store.RollingAggregateRepository;
import org.findinggood.coachdesk.ui.map.MapData;
import org.findinggood.coachdesk.ui.map.MapSource;

/** The Map's port filled from the local cache (background thread only). */
public final class StoreMapSource implements MapSource {

    /** Check-ins before this are not part of any engagement Coach Desk shows. */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final RollingAggregateRepository aggregates;
    private final FocusHistoryRepository focusHistory;
    private final DailyCheckinRepository checkins;

    public StoreMapSource(CacheStore store) {
        this.aggregates = store.rollingAggregates();
        this.focusHistory = store.focusHistory();
        this.checkins = store.dailyCheckins();
    }

    @Override
    public MapData load(String clientEmail) {
        RollingAggregate aggregate = aggregates.byClient(clientEmail).orElse(null);
        return new MapData(clientEmail, aggregate, focusHistory.byClient(clientEmail),
                checkins.byClientBetween(clientEmail, EARLIEST, LocalDate.of(9999, 12, 31)));
    }
}
