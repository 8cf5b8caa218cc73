package org.findinggood.coachdesk.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * An error as the coach sees it: one sentence, and a "Copy details" link that puts the technical
 * details on the clipboard for a support request. Hidden while there is no error.
 */
public class ErrorLine extends HBox {

    private final Label sentence = new Label();
    private final Hyperlink copy = new Hyperlink("Copy details");

    public ErrorLine(String idPrefix, ObservableStringValue error, ObservableStringValue details) {
        setSpacing(6);
        sentence.setId(idPrefix + "Error");
        sentence.getStyleClass().add("form-error");
        sentence.setWrapText(true);
        // the sentence wraps; the link and a retry button keep their whole text beside it
        HBox.setHgrow(sentence, Priority.ALWAYS);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        sentence.textProperty().bind(error);
        copy.setId(idPrefix + "CopyDetails");
        copy.setTooltip(new Tooltip("Copy the technical details to send to support"));
        copy.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(details));
        copy.managedProperty().bind(copy.visibleProperty());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(error.get() + System.lineSeparator() + details.get());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
        });
        error.addListener((obs, old, now) -> copy.setText("Copy details"));
        getChildren().addAll(sentence, copy);
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(error));
        managedProperty().bind(visibleProperty());
    }

    /**
     * A tab's error line along its bottom edge: ids {@code <idPrefix>Error}, {@code <idPrefix>CopyDetails}
     * and a "Try again" button {@code <idPrefix>Retry} that runs {@code retry}.
     */
    public static ErrorLine forTab(String idPrefix, ObservableStringValue error, ObservableStringValue details,
            Runnable retry) {
        ErrorLine line = new ErrorLine(idPrefix, error, details).withRetry(idPrefix + "Retry", retry);
        line.setPadding(new javafx.geometry.Insets(6, 12, 6, 12));
        return line;
    }

    /** Adds a "Try again" button, for errors the coach can retry (a cache read that failed). */
    public ErrorLine withRetry(String id, Runnable retry) {
        javafx.scene.control.Button button = new javafx.scene.control.Button("Try again");
        button.setId(id);
        button.setOnAction(e -> retry.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().add(button);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return this;
    }

    public Label sentence() {
        return sentence;
    }
}
