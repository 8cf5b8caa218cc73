package org.findinggood.coachdesk.ui.quickprep;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** An AI-suggested coaching question the coach can tick for the session. */
public final class QuestionItem {

    private final String text;
    private final BooleanProperty ticked = new SimpleBooleanProperty(false);

    public QuestionItem(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public BooleanProperty tickedProperty() {
        return ticked;
    }

    public boolean isTicked() {
        return ticked.get();
    }

    public void setTicked(boolean value) {
        ticked.set(value);
    }

    @Override
    public String toString() {
        return text;
    }
}
