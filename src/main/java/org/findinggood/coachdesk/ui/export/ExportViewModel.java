package org.findinggood.coachdesk.ui.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One export of the coach's data (the whole workspace or one client) to a ZIP the coach chose: runs
 * off the FX thread, reports progress (at most one update queued on the FX thread at a time), and
 * ends with one sentence: where the file is, or what went wrong and what to do, details copyable.
 */
public final class ExportViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ExportViewModel.class);

    /** Writes the export; reports rows written of all; returns the rows written. Runs off the FX thread. */
    @FunctionalInterface
    public interface Writer {
        long write(Path target, String clientEmail, Progress progress) throws Exception;
    }

    @FunctionalInterface
    public interface Progress {
        void rowsWritten(long done, long total);
    }

    private final Writer writer;
    private final Tasks tasks;
    private final Consumer<Runnable> onFxThread;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");

    /** @param onFxThread posts progress to the FX thread ({@code Platform::runLater}; {@code Runnable::run} in tests) */
    public ExportViewModel(Writer writer, Tasks tasks, Consumer<Runnable> onFxThread) {
        this.writer = writer;
        this.tasks = tasks;
        this.onFxThread = onFxThread;
    }

    /** "coach-desk-export-2026-12-05.zip", or with the client's name for one client. */
    public static String suggestedFileName(String clientName, LocalDate day) {
        String who = clientName == null ? "export" : clientName.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return "coach-desk-" + (who.isEmpty() ? "client" : who) + "-" + day + ".zip";
    }

    /**
     * Starts the export to {@code target}: of {@code clientEmail}'s rows, or everything when null;
     * {@code what} names it in the sentences ("your workspace", "Amelia Brennan").
     */
    public void start(Path target, String clientEmail, String what) {
        if (running.get()) {
            return;
        }
        running.set(true);
        failed.set(false);
        progress.set(0);
        details.set("");
        message.set("Exporting " + what + "\u2026");
        AtomicReference<double[]> latest = new AtomicReference<>();
        tasks.run(() -> writer.write(target, clientEmail, (done, total) -> {
            // only the newest figure matters: one queued update, however fast rows go by
            if (latest.getAndSet(new double[] {done, total}) == null) {
                onFxThread.accept(() -> {
                    double[] now = latest.getAndSet(null);
                    if (now != null && running.get()) {
                        progress.set(now[1] == 0 ? 1 : now[0] / now[1]);
                    }
                });
            }
        })).onSuccess(rows -> {
            running.set(false);
            progress.set(1);
            message.set("Exported " + what + " (" + rows + (rows == 1 ? " row" : " rows") + ") to " + target + ".");
        }).onFailure(error -> {
            running.set(false);
            failed.set(true);
            LOG.warn("The export to {} failed", target, error);
            message.set("The export could not be written to " + target.getFileName()
                    + "; nothing was left half-written there. Check that the folder is writable and has room, then try again.");
            details.set(error.getClass().getName() + ": " + error.getMessage());
        });
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** 0 to 1: rows written of all rows. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }
}
