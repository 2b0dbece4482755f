package org.treatyflow.serialization;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Documents come from other states' systems: the format never lets a document name a Java class.
 * The codecs stand apart from the envelope, the facade and the journal built on them.
 */
@AnalyzeClasses(packages = "org.treatyflow.serialization", importOptions = ImportOption.DoNotIncludeTests.class)
class SerializationArchitectureTest {

  @ArchTest
  static final ArchRule noDefaultTyping =
      noClasses()
          .should()
          .callMethodWhere(
              target(
                  describe(
                      "a method that turns on default typing",
                      target ->
                          target.getName().startsWith("activateDefaultTyping")
                              || target.getName().startsWith("enableDefaultTyping")
                              || target.getName().equals("setDefaultTyping"))));

  @ArchTest
  static final ArchRule noJacksonAnnotations =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.fasterxml.jackson.annotation..")
          .because("the format is declared by codecs, not by annotations or class names");

  @ArchTest
  static final ArchRule codecsDoNotKnowTheFacade =
      noClasses()
          .that()
          .resideInAnyPackage("org.treatyflow.serialization.codec..", "org.treatyflow.serialization.format..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.treatyflow.serialization", "org.treatyflow.serialization.journal..");

  @ArchTest
  static final ArchRule theCodecBlocksKnowNoModelType =
      noClasses()
          .that()
          .resideInAPackage("org.treatyflow.serialization.codec..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.treatyflow.model..");
}
