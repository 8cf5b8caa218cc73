package org.findinggood.coachdesk.ui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.findinggood.coachdesk.model.Client;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.ClientRepository;
import org.findinggood.coachdesk.store.RelationshipRepository;
import org.findinggood.coachdesk.store.RosterQuery;
import org.findinggood.coachdesk.store.RosterRow;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roster lists names as a coach reads them, read from a real cache. */
class RosterNaturalOrderTest {

    private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final UUID COACH = UUID.fromString("00000000-0000-0000-0000-00000000c0ac");

    @TempDir
    Path dir;

    private CacheDatabase db;

    @BeforeEach
    void openCache() {
        db = CacheDatabase.open(dir.resolve("cache.db"), CacheKey.forDemo()).database();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void addClients(RelationshipStatus status, String... names) {
        List<Client> clients = new ArrayList<>();
        List<CoachingRelationship> relationships = new ArrayList<>();
        for (String name : names) {
            String email = "c" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            clients.add(new Client(UUID.randomUUID(), email, name, null));
            relationships.add(new CoachingRelationship(UUID.randomUUID(), COACH, email, status,
                    status == RelationshipStatus.ACTIVE ? CREATED : null, null, null, CREATED, CREATED));
        }
        new ClientRepository(db).upsertAll(clients);
        new RelationshipRepository(db).upsertAll(relationships);
    }

    private List<String> shownNames(Locale locale) {
        RosterViewModel model = new RosterViewModel(new RosterQuery(db)::rows, RosterViewModel.SyncMarks.NONE,
                RosterViewModelTest.editsOn(db), Tasks.sameThread(), locale);
        model.reload();
        return model.visibleRows().stream().map(RosterRow::displayName).toList();
    }

    @Test
    void numbersInNamesSortByValueAndCaseDoesNotSeparateNames() {
        addClients(RelationshipStatus.ACTIVE, "Client 10", "client 1", "Client 2", "Client 100", "Client 9",
                "bea", "Anna", "Bo");
        assertThat(shownNames(Locale.ENGLISH)).containsExactly(
                "Anna", "bea", "Bo", "client 1", "Client 2", "Client 9", "Client 10", "Client 100");
    }

    @Test
    void accentedNamesSitWithTheirLetterNotAfterZ() {
        addClients(RelationshipStatus.ACTIVE, "Zoe", "Émile", "Eva", "Ava");
        assertThat(shownNames(Locale.FRENCH)).containsExactly("Ava", "Émile", "Eva", "Zoe");
    }

    @Test
    void statusGroupsStayInPlaceAndNamesSortWithinEach() {
        addClients(RelationshipStatus.PAUSED, "Client 3", "Client 20");
        addClients(RelationshipStatus.ACTIVE, "Client 11", "Client 4");
        addClients(RelationshipStatus.COMPLETED, "Client 1");
        assertThat(shownNames(Locale.ENGLISH)).containsExactly(
                "Client 4", "Client 11", "Client 3", "Client 20", "Client 1");
    }

    @Test
    void aReadMadeOutsideTheModelIsSortedWhenShown() {
        addClients(RelationshipStatus.ACTIVE, "Client 10", "Client 2", "client 1");
        RosterViewModel model = new RosterViewModel(List::of, RosterViewModel.SyncMarks.NONE,
                RosterViewModelTest.editsOn(db), Tasks.sameThread(), Locale.ENGLISH);
        model.show(new RosterViewModel.Read(new RosterQuery(db).rows(), java.util.Map.of()));
        assertThat(model.visibleRows()).extracting(RosterRow::displayName)
                .containsExactly("client 1", "Client 2", "Client 10");
    }

    @Test
    void theOrderIsTotalAndConsistentForAwkwardNames() {
        NaturalNameOrder order = new NaturalNameOrder(Locale.ENGLISH);
        List<String> names = new ArrayList<>(List.of("a01", "a1", "A1", "a001b", "a1b", "a", "", "10", "9", "x9y10",
                "x9y9", "x09y9", "99999999999999999999999", "100000000000000000000000", "Ä", "a b", "ab"));
        List<String> expected = null;
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(names, new java.util.Random(round));
            names.sort(order);
            if (expected == null) {
                expected = List.copyOf(names);
            }
            assertThat(names).as("same order whatever the input order").isEqualTo(expected);
        }
        for (String a : names) {
            assertThat(order.compare(a, a)).isZero();
            for (String b : names) {
                assertThat(Integer.signum(order.compare(a, b))).isEqualTo(-Integer.signum(order.compare(b, a)));
            }
        }
        assertThat(expected.indexOf("9")).isLessThan(expected.indexOf("10"));
        assertThat(expected.indexOf("99999999999999999999999"))
                .isLessThan(expected.indexOf("100000000000000000000000"));
        assertThat(expected.indexOf("x9y9")).isLessThan(expected.indexOf("x9y10"));
    }
}
