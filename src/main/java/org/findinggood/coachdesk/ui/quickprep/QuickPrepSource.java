package org.findinggood.coachdesk.ui.quickprep;

import java.time.LocalDate;

/**
 * Reads everything Quick Prep shows for one client in one go. Runs on a background thread, never
 * on the FX thread; the app's implementation reads the local cache ({@link StoreQuickPrepSource}).
 */
@FunctionalInterface
public interface QuickPrepSource {

    /** @param today the last day of the check-in window */
    QuickPrepData load(String clientEmail, LocalDate today) throws Exception;
}
