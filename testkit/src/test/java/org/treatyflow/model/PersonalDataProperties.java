package org.treatyflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.Violation;
import org.treatyflow.testkit.AssetArbitraries;
import org.treatyflow.testkit.ModelArbitraries;
import org.treatyflow.testkit.PersonArbitraries;

/**
 * No personal data leaks through {@code toString} or violation messages, for every model value a
 * generated act reaches; and every public model type that holds personal data is reached.
 */
class PersonalDataProperties {
  private static final String MARKER = PersonArbitraries.MARKER;
  private static final Set<String> TYPES_SEEN = ConcurrentHashMap.newKeySet();

  @Property(tries = 1000)
  void noModelValueShowsPersonalDataInToString(@ForAll("acts") CooperationAct act) {
    ModelWalker walker = new ModelWalker();
    walker.walk(
        act,
        value ->
            assertThat(value.toString())
                .as("toString of %s", value.getClass().getSimpleName())
                .doesNotContain(MARKER));
    walker.typesSeen().forEach(t -> TYPES_SEEN.add(t.getName()));
  }

  @Property(tries = 300)
  void assetsAndPersonsShowNoPersonalData(@ForAll("assetsAndPersons") Object value) {
    ModelWalker walker = new ModelWalker();
    walker.walk(value, v -> assertThat(v.toString()).doesNotContain(MARKER));
    walker.typesSeen().forEach(t -> TYPES_SEEN.add(t.getName()));
  }

  @Property(tries = 300)
  void violationsNeverQuotePersonalData(@ForAll("acts") CooperationAct act) {
    // A complete act has no violations; check the messages every rule of its family can produce.
    for (Violation v : act.completenessViolations()) {
      assertThat(v.message().english() + v.message().french() + v.field()).doesNotContain(MARKER);
    }
  }

  @AfterContainer
  static void everyTypeHoldingPersonalDataWasChecked() throws IOException {
    Set<String> holders = new TreeSet<>();
    for (ClassPath.ClassInfo info :
        ClassPath.from(PersonalDataProperties.class.getClassLoader())
            .getTopLevelClassesRecursive("org.treatyflow.model")) {
      Class<?> type = info.load();
      if (java.lang.reflect.Modifier.isPublic(type.getModifiers()) && declaresPersonalData(type)) {
        holders.add(type.getName());
      }
    }
    assertThat(holders).as("public model types with @PersonalData attributes").isNotEmpty();
    assertThat(TYPES_SEEN)
        .as("types with personal data that no generated value reached")
        .containsAll(holders);
  }

  private static boolean declaresPersonalData(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods()).anyMatch(PersonalDataProperties::isPersonal);
  }

  private static boolean isPersonal(Method m) {
    return m.isAnnotationPresent(PersonalData.class);
  }

  @Provide
  Arbitrary<CooperationAct> acts() {
    return ModelArbitraries.actsAndReplies();
  }

  @Provide
  Arbitrary<Object> assetsAndPersons() {
    return net.jqwik.api.Arbitraries.oneOf(
        AssetArbitraries.assets().map(Object.class::cast),
        PersonArbitraries.persons().map(Object.class::cast));
  }
}
