package org.findinggood.coachdesk.ui.quickprep;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.findinggood.coachdesk.model.WeeklySnapshot;

/**
 * Reads everything Quick Prep shows for one client in one go. Runs on a background thread, never
 * on the FX thread; the app's implementation reads the local cache ({@link StoreQuickPrepSource}).
 */
@FunctionalInterface
public interface QuickPrepSource {

    /** @param today the last day of the check-in window */
    QuickPrepData load(String clientEmail, LocalDate today) throws Exception;

    /**
     * One week's full snapshot, for a week {@link #load} listed but did not read. Sources that read
     * every week in {@code load} never get asked.
     */
    default Optional<WeeklySnapshot> week(UUID snapshotId) throws Exception {
        return Optional.empty();
    }
}
