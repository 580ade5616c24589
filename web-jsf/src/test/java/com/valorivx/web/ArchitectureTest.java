package com.valorivx.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The screens talk to the services only: never to entities, repositories or the EntityManager.
 * Plain Jupiter tests calling {@code check}: the ArchUnit JUnit 5 engine is on the class path but
 * surefire runs none of its {@code @ArchTest} fields here (reported as 0 tests).
 */
class ArchitectureTest {

  private static JavaClasses web;

  @BeforeAll
  static void importWebClasses() {
    web = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("com.valorivx.web");
  }

  @Test
  void webReachesNoPersistenceClasses() {
    noClasses().should().dependOnClassesThat().resideInAPackage("com.valorivx.persistence..")
        .because("the WAR reaches data only through the EJB services").check(web);
  }

  @Test
  void webUsesNoEntityManager() {
    noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.persistence..").check(web);
  }

  @Test
  void webWritesNothingToTheConsole() {
    noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err").check(web);
  }

  @Test
  void theRulesSeeTheWebClasses() {
    // A rule over an empty import passes vacuously; make sure the import found the beans.
    org.assertj.core.api.Assertions.assertThat(web.contain("com.valorivx.web.valuation.DcfBacking")).isTrue();
  }
}
