package org.findinggood.coachdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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
}
