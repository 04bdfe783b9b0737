package org.xinye.ledger;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers of the developer guide (§1): a layer uses only the layers below it. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.xinye.ledger");

    @Test
    void layersOnlyUseTheLayersBelow() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("ui").definedBy("org.xinye.ledger.ui..")
                .layer("cli").definedBy("org.xinye.ledger.cli..")
                .layer("report").definedBy("org.xinye.ledger.report..")
                .layer("io").definedBy("org.xinye.ledger.io..")
                .layer("store").definedBy("org.xinye.ledger.store..")
                .layer("domain").definedBy("org.xinye.ledger.domain..")
                .whereLayer("ui").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("report").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("io").mayOnlyBeAccessedByLayers("report", "ui", "cli")
                .whereLayer("store").mayOnlyBeAccessedByLayers("io", "report", "ui", "cli")
                .withOptionalLayers(true)
                .check(classes);
    }

    @Test
    void domainKnowsNothingOfJavaFxOrSql() {
        noClasses().that().resideInAPackage("org.xinye.ledger.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void onlyTheWindowLoadsJavaFx() {
        noClasses().that().resideInAnyPackage("org.xinye.ledger.cli..", "org.xinye.ledger.store..",
                        "org.xinye.ledger.io..", "org.xinye.ledger.report..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..", "atlantafx..",
                        "org.controlsfx..")
                .check(classes);
        noClasses().that().haveFullyQualifiedName("org.xinye.ledger.Main")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void viewModelsHoldNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .check(classes);
    }
}
