package org.findinggood.coachdesk.export;

/** Rows written so far out of all rows the export holds; called on the exporting thread. */
@FunctionalInterface
public interface ExportProgress {
    void rowsWritten(long done, long total);

    ExportProgress NONE = (done, total) -> { };
}
