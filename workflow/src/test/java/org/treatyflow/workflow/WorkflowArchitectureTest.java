package org.treatyflow.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine is written once and knows no family; families do not lean on each other. */
@AnalyzeClasses(packages = "org.treatyflow.workflow", importOptions = ImportOption.DoNotIncludeTests.class)
class WorkflowArchitectureTest {

  @ArchTest
  static final ArchRule theEngineKnowsNoFamily =
      noClasses()
          .that()
          .resideInAPackage("org.treatyflow.workflow")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.treatyflow.workflow.*..");

  @ArchTest
  static final ArchRule familiesHaveNoCycles =
      slices().matching("org.treatyflow.workflow.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noJacksonInTheWorkflow =
      noClasses().should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");
}
