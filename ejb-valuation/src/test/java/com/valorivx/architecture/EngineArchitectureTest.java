package com.valorivx.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Engines are pure Java: records in, records out, no container types and no persistence.
 * Plain Jupiter tests calling {@code check}, so surefire runs and counts them.
 */
class EngineArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("com.valorivx");
  }

  @Test
  void theRulesSeeTheEngines() {
    // A rule over an empty import passes vacuously.
    assertThat(classes.contain("com.valorivx.engine.dcf.DcfEngine")).isTrue();
  }

  @Test
  void enginesAreFreeOfJakarta() {
    noClasses().that().resideInAPackage("com.valorivx.engine..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..", "org.eclipse.microprofile..")
        .check(classes);
  }

  @Test
  void enginesUseOnlyJavaAndMathLibraries() {
    classes().that().resideInAPackage("com.valorivx.engine..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "com.valorivx.engine..", "org.hipparchus..", "org.apache.commons.math3..", "org.ojalgo..")
        .check(classes);
  }

  @Test
  void enginesDoNotReachServicesOrPersistence() {
    noClasses().that().resideInAPackage("com.valorivx.engine..")
        .should().dependOnClassesThat().resideInAnyPackage("com.valorivx.persistence..", "com.valorivx.valuation..",
            "com.valorivx.governance..", "com.valorivx.platform..")
        .check(classes);
  }

  @Test
  void nothingWritesToTheConsole() {
    noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err").check(classes);
  }
}
