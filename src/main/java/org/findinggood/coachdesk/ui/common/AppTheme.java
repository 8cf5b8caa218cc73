package org.findinggood.coachdesk.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/**
 * Applies the AtlantaFX Primer theme (light or dark) to the whole application and the app's own
 * stylesheets to each scene. App CSS uses AtlantaFX's looked-up colours only, so it follows the
 * theme; the {@code :dark} pseudo-class on each root is there for the rare rule that must differ.
 */
public class AppTheme {

    public static final String APP_CSS = Objects.requireNonNull(
            AppTheme.class.getResource("app.css")).toExternalForm();
    /** ControlsFX skins look up Modena colour names; this maps them onto AtlantaFX variables. */
    public static final String CONTROLSFX_CSS = Objects.requireNonNull(
            AppTheme.class.getResource("controlsfx-on-atlantafx.css")).toExternalForm();

    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private final ObjectProperty<ThemeChoice> choice;
    private final ReadOnlyBooleanWrapper systemPrefersDark = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(false);
    private final List<Scene> scenes = new ArrayList<>();

    /** {@code choice} is usually the settings' theme property, so a change is saved and applied. */
    public AppTheme(ObjectProperty<ThemeChoice> choice) {
        this.choice = choice;
        choice.addListener((obs, old, now) -> apply());
        systemPrefersDark.addListener((obs, old, now) -> apply());
        apply();
    }

    /** Called with the OS preference once it is known (detected off the FX thread). */
    public void setSystemPrefersDark(boolean prefersDark) {
        systemPrefersDark.set(prefersDark);
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    public ObjectProperty<ThemeChoice> choiceProperty() {
        return choice;
    }

    /** Adds the app stylesheets to a scene and keeps its {@code :dark} pseudo-class current. */
    public void style(Scene scene) {
        scene.getStylesheets().addAll(CONTROLSFX_CSS, APP_CSS);
        scenes.add(scene);
        markDark(scene);
        scene.rootProperty().addListener((obs, old, now) -> markDark(scene));
    }

    private void apply() {
        ThemeChoice current = choice.get() == null ? ThemeChoice.SYSTEM : choice.get();
        boolean nowDark = current.dark(systemPrefersDark.get());
        dark.set(nowDark);
        Application.setUserAgentStylesheet(nowDark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        scenes.forEach(this::markDark);
    }

    private void markDark(Scene scene) {
        if (scene.getRoot() != null) {
            scene.getRoot().pseudoClassStateChanged(DARK, dark.get());
        }
    }
}
