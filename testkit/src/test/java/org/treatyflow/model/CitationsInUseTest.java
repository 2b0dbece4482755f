package org.treatyflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.Violation;

/**
 * Every citation the model itself uses (in its enums and in the completeness rules of every
 * family) prints in the practitioners' form and parses back to itself.
 */
class CitationsInUseTest {
  private static final Set<ArticleCitation> CITATIONS = new TreeSet<>();
  private static final Set<String> RULE_CODES = new TreeSet<>();
  private static final Set<String> HOLDERS = new TreeSet<>();

  @BeforeAll
  static void collectEveryCitationInTheModel() throws Exception {
    for (ClassPath.ClassInfo info :
        ClassPath.from(CitationsInUseTest.class.getClassLoader())
            .getTopLevelClassesRecursive("org.treatyflow.model")) {
      Class<?> type = info.load();
      collect(type);
      for (Class<?> nested : type.getDeclaredClasses()) {
        collect(nested);
      }
    }
  }

  private static void collect(Class<?> type) throws Exception {
    if (type.isEnum()) {
      for (Object constant : type.getEnumConstants()) {
        for (Method m : type.getMethods()) {
          if (m.getParameterCount() == 0
              && !Modifier.isStatic(m.getModifiers())
              && m.getDeclaringClass().getName().startsWith("org.treatyflow.model")) {
            add(m.invoke(constant));
          }
        }
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && CompletenessRules.class.isAssignableFrom(f.getType())) {
        f.setAccessible(true);
        for (CompletenessRule<?> rule : ((CompletenessRules<?>) f.get(null)).rules()) {
          Violation v = rule.violation();
          CITATIONS.add(v.citation());
          if (Modifier.isPublic(f.getModifiers()) && f.getName().equals("REQUIRED_CONTENT")) {
            RULE_CODES.add(type.getSimpleName() + ":" + v.code());
            HOLDERS.add(type.getName());
          }
        }
      }
    }
  }

  private static void add(Object value) {
    if (value instanceof ArticleCitation citation) {
      CITATIONS.add(citation);
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(CitationsInUseTest::add);
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(CitationsInUseTest::add);
    }
  }

  @Test
  void everyCitationInUsePrintsAndParsesBackToItself() {
    assertThat(CITATIONS).hasSizeGreaterThan(100);
    for (ArticleCitation citation : CITATIONS) {
      assertThat(ArticleCitation.parse(citation.toString())).as(citation.toString()).isEqualTo(citation);
    }
  }

  @Test
  void theRequiredContentOfEveryFamilyWasCollected() {
    // At least the 25 family types and the shared WC 37(1) content declare REQUIRED_CONTENT.
    assertThat(HOLDERS).hasSizeGreaterThanOrEqualTo(26);
    assertThat(RULE_CODES).hasSizeGreaterThan(200);
  }
}
