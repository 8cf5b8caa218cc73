package org.findinggood.coachdesk.ui.map;

/** Reads a client's long-term rows for the Map tab; runs on a background thread ({@link StoreMapSource} in the app). */
@FunctionalInterface
public interface MapSource {

    MapData load(String clientEmail) throws Exception;
}
