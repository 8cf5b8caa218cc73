package org.findinggood.coachdesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.RosterRow;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real app's signed-in desk with a TestFX robot, as a coach would: the sign-in screen
 * from the File menu, the passphrase dialog (no keyring in tests), roster clicks, menu items. Reads
 * the server's rows through SQL to see what reached it.
 */
final class DeskRobot {

    private final FxRobot robot;
    private final Stage stage;
    private final LocalSyncStack stack;
    private final Duration wait;

    DeskRobot(FxRobot robot, Stage stage, LocalSyncStack stack, Duration wait) {
        this.robot = robot;
        this.stage = stage;
        this.stack = stack;
        this.wait = wait;
    }

    /** First run opens the demo; File > Sign in to Finding Good... leads to the sign-in screen. */
    void signIn(String coach, String passphrase) throws Exception {
        typePassword(coach);
        setPassphrase(passphrase);
    }

    /** From the demo: File › Sign in, the project, the coach's e-mail and password, Sign in. */
    void typePassword(String coach) throws Exception {
        waitUntil(() -> robot.lookup("#rosterList").tryQuery().isPresent() && !roster().getItems().isEmpty());
        chooseFromFileMenu("Sign in to Finding Good\u2026");
        waitUntil(() -> robot.lookup("#signInView").tryQuery().isPresent());
        paste("#projectUrlField", stack.supabase().baseUrl().toString());
        paste("#anonKeyField", stack.supabase().anonKey());
        robot.clickOn("#emailField").write(coach);
        robot.clickOn("#passwordField").write(LocalSyncStack.PASSWORD);
        robot.clickOn("#signInButton");
    }

    /** The secrets file's passphrase (no keyring in tests), then the workspace opens. */
    void setPassphrase(String passphrase) throws Exception {
        waitUntil(() -> robot.lookup("#passphraseField").tryQuery().isPresent());
        robot.clickOn("#passphraseField").write(passphrase);
        robot.clickOn("#passphraseRepeatField").write(passphrase);
        robot.clickOn("#passphraseOkButton");
        waitUntil(() -> robot.lookup("#mainWindow").tryQuery().isPresent() && !stage.getTitle().contains("Demo"));
    }

    void waitForFirstSync(int clients) throws Exception {
        waitUntil(() -> text("#lastSyncedLabel").startsWith("Last synced") && roster().getItems().size() == clients);
    }

    void chooseFromFileMenu(String item) {
        robot.clickOn(robot.lookup((Node n) -> n instanceof Labeled l && "File".equals(
                l.getText() == null ? null : l.getText().replace("_", ""))).queryAs(Node.class));
        robot.clickOn(item);
    }

    /** A long key is pasted, as a coach would from the project's settings page. */
    private void paste(String field, String text) {
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text)));
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    ListView<RosterRow> roster() {
        return robot.lookup("#rosterList").queryAs(ListView.class);
    }

    RosterRow rowOf(String email) {
        return roster().getItems().stream().filter(r -> r.relationship().clientEmail().equals(email))
                .findFirst().orElseThrow();
    }

    RelationshipStatus statusOf(RosterRow row) {
        return onFx(() -> rowOf(row.relationship().clientEmail()).relationship().status());
    }

    /**
     * Reads the scene on the FX thread: a lookup from the test thread while the FX thread changes the
     * scene graph failed with IndexOutOfBoundsException inside Parent.lookupAll (seen in a CI run).
     */
    private static <T> T onFx(Callable<T> read) {
        if (Platform.isFxApplicationThread()) {
            try {
                return read.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void clickClient(RosterRow row) {
        ListView<RosterRow> list = roster();
        robot.interact(() -> list.scrollTo(rowOf(row.relationship().clientEmail())));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".client-name").match((Label l) -> l.getText().equals(row.displayName()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The roster line's sync mark when it shows one. */
    Optional<Label> syncMark(RosterRow row) {
        UUID id = row.relationship().id();
        return onFx(() -> robot.lookup("#rosterList .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getItem() instanceof RosterRow r && r.relationship().id().equals(id))
                .findFirst()
                .map(cell -> (Label) cell.lookup(".roster-sync-mark"))
                .filter(Node::isVisible));
    }

    boolean visible(String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    String text(String query) {
        return onFx(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    String serverStatus(UUID relationshipId) throws Exception {
        try (Connection c = stack.sql();
                PreparedStatement ps = c.prepareStatement("select status from public.coaching_relationships where id = ?")) {
            ps.setObject(1, relationshipId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** For looking at: target/screenshots. */
    void capture(String name) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null))
                .get(10, TimeUnit.SECONDS);
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    void waitUntil(Callable<Boolean> condition) throws Exception {
        waitUntil(wait, condition);
    }

    void waitUntil(Duration timeout, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
