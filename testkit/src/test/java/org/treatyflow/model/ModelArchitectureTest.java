package org.treatyflow.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** How the model's packages may depend on each other and on libraries. */
@AnalyzeClasses(packages = "org.treatyflow.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

  /** The value types carry no Jackson; only the registry reader uses the streaming parser. */
  @ArchTest
  static final ArchRule modelUsesNoJacksonDatabindOrAnnotations =
      noClasses()
          .that()
          .resideInAPackage("org.treatyflow.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml.jackson.databind..", "com.fasterxml.jackson.annotation..");

  @ArchTest
  static final ArchRule onlyTheRegistryReadsJson =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.treatyflow.model.registry..")
          .and()
          .resideInAPackage("org.treatyflow.model..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.fasterxml.jackson..");

  /** The shared building blocks know nothing of the families built on them. */
  @ArchTest
  static final ArchRule commonDependsOnNoFamily =
      noClasses()
          .that()
          .resideInAPackage("org.treatyflow.model.common..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.treatyflow.model.preservation..",
              "org.treatyflow.model.assistance..",
              "org.treatyflow.model.disclosure..",
              "org.treatyflow.model.financial..",
              "org.treatyflow.model.fiu..",
              "org.treatyflow.model.provisional..",
              "org.treatyflow.model.confiscation..",
              "org.treatyflow.model.spontaneous..",
              "org.treatyflow.model.transborder..",
              "org.treatyflow.model.reply..",
              "org.treatyflow.model.refusal..",
              "org.treatyflow.model.registry..");

  @ArchTest
  static final ArchRule packagesHaveNoCycles =
      slices().matching("org.treatyflow.model.(*)..").should().beFreeOfCycles();
}
