package org.findinggood.coachdesk.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.findinggood.coachdesk.sync.SyncPhase;
import org.findinggood.coachdesk.sync.SyncStatus;

/** Keeps data flowing one way: remote -> sync -> store -> ui. Messages say what to do instead. */
@AnalyzeClasses(packages = "org.findinggood.coachdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("..coachdesk.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..coachdesk.remote..", "..coachdesk.store..", "..coachdesk.sync..", "..coachdesk.ui..",
                    "..coachdesk.app..")
            .because("model holds plain records and enums; move behaviour that needs other layers out of it");

    @ArchTest
    static final ArchRule filesDependOnNothingOfOurs = noClasses()
            .that().resideInAPackage("..coachdesk.files..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..coachdesk.model..", "..coachdesk.remote..", "..coachdesk.store..", "..coachdesk.sync..",
                    "..coachdesk.security..", "..coachdesk.ui..", "..coachdesk.app..", "javafx..")
            .because("files holds what every layer writes files with (AtomicFile); keep domain and screen code out of it");

    @ArchTest
    static final ArchRule uiNeverTalksHttp = noClasses()
            .that().resideInAPackage("..coachdesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("..coachdesk.remote..", "okhttp3..")
            .because("the UI reads and writes the local store only; the sync engine moves data to the server");

    @ArchTest
    static final ArchRule storeDoesNotKnowTheNetworkOrUi = noClasses()
            .that().resideInAPackage("..coachdesk.store..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..coachdesk.remote..", "..coachdesk.sync..", "..coachdesk.ui..", "javafx..", "okhttp3..")
            .because("the store is the cache only; it must work without network or screen");

    @ArchTest
    static final ArchRule remoteKnowsNoStoreOrUi = noClasses()
            .that().resideInAPackage("..coachdesk.remote..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..coachdesk.store..", "..coachdesk.sync..", "..coachdesk.ui..", "javafx..")
            .because("remote speaks HTTP only; sync connects it to the store");

    @ArchTest
    static final ArchRule noSingletons = noClasses()
            .should().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .because("name classes for what they are (WeeklySnapshot, SyncCursor), not grab-bags");

    @ArchTest
    static final ArchRule syncHasNoScreen = noClasses()
            .that().resideInAPackage("..coachdesk.sync..")
            .should().dependOnClassesThat().resideInAnyPackage("..coachdesk.ui..", "..coachdesk.app..", "javafx..")
            .because("sync runs headless too (HeadlessSync); publish state through SyncStatus and let ui observe it");

    @ArchTest
    static final ArchRule securityAndDemoHaveNoScreen = noClasses()
            .that().resideInAnyPackage("..coachdesk.security..", "..coachdesk.demo..")
            .should().dependOnClassesThat().resideInAnyPackage("..coachdesk.ui..", "..coachdesk.app..", "javafx..")
            .because("secrets and the demo data are used by the headless command and tests; ask the coach in ui");

    @ArchTest
    static final ArchRule nothingReachesIntoTheCompositionRoot = noClasses()
            .that().resideOutsideOfPackage("..coachdesk.app..")
            .should().dependOnClassesThat().resideInAPackage("..coachdesk.app..")
            .because("app wires everything by constructor; pass what a class needs into it instead");

    @ArchTest
    static final ArchRule uiUsesSyncOnlyForItsStatus = noClasses()
            .that().resideInAPackage("..coachdesk.ui..")
            .should().dependOnClassesThat(resideInAPackage("..coachdesk.sync..")
                    .and(not(belongToAnyOf(SyncStatus.class, SyncPhase.class))))
            .because("screens show the sync's status; start a sync through a callback the composition root gives");

    @ArchTest
    static final ArchRule uiSeesStoreRecordsOnly = noClasses()
            .that().resideInAPackage("..coachdesk.ui..")
            .should().dependOnClassesThat(resideInAPackage("..coachdesk.store..")
                    .and(not(assignableTo(Record.class))).and(not(assignableTo(Enum.class))))
            .because("ui uses no repositories, queries or the cache handle: a view model declares the small interface it "
                    + "needs and app.StorePorts fills it from store.CacheStore; ui sees store record types only");

    @ArchTest
    static final ArchRule onlyTheStoreBuildsRepositories = noClasses()
            .that().resideOutsideOfPackage("..coachdesk.store..")
            .should().callConstructorWhere(com.tngtech.archunit.core.domain.JavaConstructorCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                            com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(".*Repository"))))
            .because("an open cache has one entrance: take the repository from store.CacheStore (one per open cache) "
                    + "instead of building another on the cache handle");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view models are tested without a screen; keep Nodes and windows in the View");

    @ArchTest
    static final ArchRule noPackageCycles = slices()
            .matching("org.findinggood.coachdesk.(*)..")
            .should().beFreeOfCycles()
            .because("layers depend one way; move the shared type down (model) or pass a callback up");
}
