package com.valorivx.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Engines are pure Java: records in, records out, no container types and no persistence. */
@AnalyzeClasses(packages = "com.valorivx", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {

  @ArchTest
  static final ArchRule enginesAreFreeOfJakarta = noClasses()
      .that().resideInAPackage("com.valorivx.engine..")
      .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..", "org.eclipse.microprofile..");

  @ArchTest
  static final ArchRule enginesUseOnlyJavaAndMathLibraries = classes()
      .that().resideInAPackage("com.valorivx.engine..")
      .should().onlyDependOnClassesThat()
      .resideInAnyPackage("java..", "com.valorivx.engine..", "org.hipparchus..", "org.apache.commons.math3..");

  @ArchTest
  static final ArchRule enginesDoNotReachServices = noClasses()
      .that().resideInAPackage("com.valorivx.engine..")
      .should().dependOnClassesThat().resideInAnyPackage("com.valorivx.persistence..", "com.valorivx.valuation..",
          "com.valorivx.governance..", "com.valorivx.platform..");
}
