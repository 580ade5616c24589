package com.valorivx.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API talks to the services only: never to entities, repositories or the EntityManager. */
class ArchitectureTest {

  private static JavaClasses api;

  @BeforeAll
  static void importApiClasses() {
    api = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("com.valorivx.api");
  }

  @Test
  void theRulesSeeTheResources() {
    // A rule over an empty import passes vacuously.
    assertThat(api.contain("com.valorivx.api.valuation.ValuationsResource")).isTrue();
  }

  @Test
  void apiReachesNoPersistenceClasses() {
    noClasses().should().dependOnClassesThat().resideInAPackage("com.valorivx.persistence..")
        .because("the WAR reaches data only through the EJB services").check(api);
  }

  @Test
  void apiUsesNoEntityManager() {
    noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.persistence..").check(api);
  }

  @Test
  void apiWritesNothingToTheConsole() {
    noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err").check(api);
  }
}
