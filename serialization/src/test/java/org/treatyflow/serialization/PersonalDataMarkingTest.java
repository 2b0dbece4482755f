package org.treatyflow.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.serialization.codec.Codec;
import org.treatyflow.serialization.codec.ObjectCodec;
import org.treatyflow.serialization.format.CommonCodecs;

/**
 * Every member of every object type of the format is marked personal data exactly when the model
 * accessor it stands for is annotated {@link PersonalData}: the case journal seals what the marks
 * say, so a missing mark leaks personal data and a spurious one hides evidence.
 *
 * <p>The object types are those the schemas of {@link ExchangeTypes#all()} define, found by their
 * definition name among the public codec constants of the format; the marks are the {@code
 * "$comment": "personal data"} the codecs put in those definitions.
 */
class PersonalDataMarkingTest {
  /** The mark a personal member carries in the schema. */
  private static final String MARK = "personal data";

  /**
   * Members whose name is not the name of the accessor they stand for, by definition and member;
   * every other member must be named after its accessor.
   */
  private static final Map<String, String> RENAMED = Map.of("Amount.asset", "code");

  @Test
  void everyMemberIsMarkedPersonalExactlyWhenItsAccessorIsPersonalData() {
    Map<String, ObjectCodec<?, ?>> codecs = objectCodecsByName();
    Map<String, JsonNode> definitions = reachableDefinitions();
    List<String> unmatched = new ArrayList<>();
    List<String> mismatches = new ArrayList<>();
    int members = 0;
    int personal = 0;
    for (Map.Entry<String, JsonNode> definition : definitions.entrySet()) {
      JsonNode properties = definition.getValue().get("properties");
      if (properties == null) {
        continue;
      }
      ObjectCodec<?, ?> codec = codecs.get(definition.getKey());
      if (codec == null) {
        unmatched.add(definition.getKey() + " (no public ObjectCodec constant of that name)");
        continue;
      }
      for (Map.Entry<String, JsonNode> member : properties.properties()) {
        if (codec.typeName().isPresent() && member.getKey().equals(ObjectCodec.TYPE_MEMBER)) {
          continue;
        }
        members++;
        String where = definition.getKey() + "." + member.getKey();
        String accessorName = RENAMED.getOrDefault(where, member.getKey());
        Optional<Boolean> annotated = annotatedPersonal(codec.type(), accessorName);
        if (annotated.isEmpty()) {
          unmatched.add(
              where + " (no accessor " + accessorName + "() on " + codec.type().getName() + ")");
          continue;
        }
        boolean marked = MARK.equals(member.getValue().path("$comment").asText(null));
        personal += marked ? 1 : 0;
        if (marked != annotated.get()) {
          String accessor = codec.type().getSimpleName() + "." + accessorName + "()";
          mismatches.add(
              marked
                  ? where + " is marked personal, but " + accessor + " is not @PersonalData"
                  : where + " is not marked personal, but " + accessor + " is @PersonalData");
        }
      }
    }
    assertThat(unmatched).as("members that could not be matched with a model accessor").isEmpty();
    assertThat(mismatches).as("members whose mark disagrees with the model").isEmpty();
    assertThat(members).as("members checked").isGreaterThan(300);
    assertThat(personal).as("members marked personal").isGreaterThan(50);
  }

  /**
   * What the case journal seals in a document ({@link Codec#visitPersonal}) is what the schema
   * marks, the outermost marked member standing for those inside it.
   */
  @Test
  void inEverySampleTheCodecsFindExactlyTheMembersTheSchemaMarks() {
    Map<String, Envelope> samples = new TreeMap<>();
    Samples.all().forEach((file, sample) -> samples.put(file, sample.get()));
    samples.put(Samples.DRAFT_FILE, Samples.preservationRequestDraft());
    for (Map.Entry<String, Envelope> sample : samples.entrySet()) {
      JsonNode document = SamplesTest.tree(ExchangeFormat.standard().write(sample.getValue()));
      Map<JsonNode, String> pointers = new IdentityHashMap<>();
      Set<String> marked = new TreeSet<>();
      SchemaAgreementProperties.walk(
          document,
          (pointer, definition, object) -> {
            pointers.put(object, pointer);
            for (Map.Entry<String, JsonNode> member : object.properties()) {
              JsonNode schema = definition.path("properties").path(member.getKey());
              if (MARK.equals(schema.path("$comment").asText(null))) {
                marked.add(pointer + "/" + member.getKey());
              }
            }
          });
      // A member inside a personal member (the name of a personal domain) is sealed with it.
      marked.removeIf(
          pointer -> marked.stream().anyMatch(outer -> pointer.startsWith(outer + "/")));
      Set<String> found = new TreeSet<>();
      ExchangeTypes.ENVELOPE.visitPersonal(
          document, (parent, name) -> found.add(pointers.get(parent) + "/" + name));

      assertThat(found)
          .as(
              "%s: personal members the codecs find, against those the schema marks",
              sample.getKey())
          .isNotEmpty()
          .isEqualTo(marked);
    }
  }

  @Test
  void theRenamedMembersStillExist() {
    JsonNode amount = reachableDefinitions().get("Amount");
    assertThat(amount.path("properties").has("asset")).isTrue();
    assertThat(annotatedPersonal(Amount.class, "code")).contains(false);
  }

  @Test
  void personalDataIsVisibleAtRunTime() {
    assertThat(PersonalData.class.getAnnotation(Retention.class).value())
        .isEqualTo(RetentionPolicy.RUNTIME);
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Whether the accessor {@code name} of {@code type}, or an accessor it overrides in a supertype,
   * is annotated {@link PersonalData}; empty if {@code type} has no public accessor of that name.
   */
  static Optional<Boolean> annotatedPersonal(Class<?> type, String name) {
    boolean found = false;
    Deque<Class<?>> pending = new ArrayDeque<>(List.of(type));
    Set<Class<?>> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      Class<?> current = pending.pop();
      if (!seen.add(current)) {
        continue;
      }
      for (Method method : current.getDeclaredMethods()) {
        if (method.getName().equals(name)
            && method.getParameterCount() == 0
            && Modifier.isPublic(method.getModifiers())
            && !Modifier.isStatic(method.getModifiers())) {
          found = true;
          if (method.isAnnotationPresent(PersonalData.class)) {
            return Optional.of(true);
          }
        }
      }
      if (current.getSuperclass() != null) {
        pending.add(current.getSuperclass());
      }
      pending.addAll(List.of(current.getInterfaces()));
    }
    return found ? Optional.of(false) : Optional.empty();
  }

  /** The definitions of every schema of {@link ExchangeTypes#all()}, by name. */
  static Map<String, JsonNode> reachableDefinitions() {
    Map<String, JsonNode> definitions = new TreeMap<>();
    for (Codec<?> codec : ExchangeTypes.all().values()) {
      ObjectNode schema = ExchangeSchemas.schema("check", "Personal data check", codec);
      for (Map.Entry<String, JsonNode> definition : schema.get("$defs").properties()) {
        definitions.put(definition.getKey(), definition.getValue());
      }
    }
    return definitions;
  }

  /**
   * Every object codec declared as a public constant of {@link ExchangeTypes} or of a class of the
   * format package, by its definition name.
   */
  static Map<String, ObjectCodec<?, ?>> objectCodecsByName() {
    Map<String, ObjectCodec<?, ?>> codecs = new TreeMap<>();
    List<Class<?>> holders = new ArrayList<>(formatClasses());
    holders.add(ExchangeTypes.class);
    for (Class<?> holder : holders) {
      for (Field field : holder.getFields()) {
        if (Modifier.isStatic(field.getModifiers())
            && ObjectCodec.class.isAssignableFrom(field.getType())) {
          ObjectCodec<?, ?> codec;
          try {
            codec = (ObjectCodec<?, ?>) field.get(null);
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
          ObjectCodec<?, ?> other = codecs.put(codec.name(), codec);
          assertThat(other == null || other == codec)
              .as(
                  "one codec named %s (%s.%s)",
                  codec.name(), holder.getSimpleName(), field.getName())
              .isTrue();
        }
      }
    }
    return codecs;
  }

  /** The top-level classes of the package of the format's codecs, as compiled. */
  private static List<Class<?>> formatClasses() {
    String packageName = CommonCodecs.class.getPackageName();
    Path directory;
    try {
      directory =
          Path.of(CommonCodecs.class.getProtectionDomain().getCodeSource().getLocation().toURI())
              .resolve(packageName.replace('.', '/'));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    assertThat(directory).as("the compiled format package").isDirectory();
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
          classes.add(Class.forName(packageName + "." + name.substring(0, name.length() - 6)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return classes;
  }
}
