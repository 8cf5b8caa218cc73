package org.findinggood.coachdesk.ui.map;

import java.util.List;
import org.findinggood.coachdesk.model.DailyCheckin;
import org.findinggood.coachdesk.model.FocusHistoryEntry;
import org.findinggood.coachdesk.model.RollingAggregate;

/**
 * @param aggregate    the client's rolling aggregate, or null when the server has none yet
 * @param focusHistory every focus item the client has had, any order
 * @param checkins     every check-in over the engagement, any order
 */
public record MapData(String clientEmail, RollingAggregate aggregate, List<FocusHistoryEntry> focusHistory,
                      List<DailyCheckin> checkins) {

    public MapData {
        focusHistory = List.copyOf(focusHistory);
        checkins = List.copyOf(checkins);
    }
}
