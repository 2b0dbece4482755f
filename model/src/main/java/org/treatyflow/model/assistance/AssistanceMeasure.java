package org.treatyflow.model.assistance;

import static com.google.common.base.Preconditions.checkArgument;
import static org.treatyflow.model.common.Instrument.BUDAPEST;

import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.PersonalData;

/**
 * One measure of assistance a requesting Party asks the requested Party to take, such as a search
 * and seizure or the hearing of a witness.
 *
 * <p>Legal basis: BC 25(1) (assistance in investigations and proceedings and in the collection of
 * evidence in electronic form). The treaty does not enumerate measures; the kinds below are the
 * usual ones of mutual assistance practice, with {@link Kind#OTHER} for the rest.
 */
@Value.Immutable
public interface AssistanceMeasure {
  /** The provision under which measures of assistance are asked for. */
  ArticleCitation LEGAL_BASIS = BUDAPEST.cite(25, 1);

  /**
   * The kind of a measure of assistance.
   *
   * <p>Adding a constant is a breaking change: callers switch over kinds.
   */
  enum Kind {
    /** Search of premises or systems and seizure of objects or data. */
    SEARCH_AND_SEIZURE,
    /** Production of documents or records. */
    PRODUCTION_OF_DOCUMENTS,
    /** Hearing of a witness or expert. */
    HEARING_OF_WITNESS,
    /** Identification or location of a person. */
    IDENTIFICATION_OF_PERSON,
    /** Service of procedural documents. */
    SERVICE_OF_DOCUMENTS,
    /** Any other measure, described in {@link AssistanceMeasure#description()}. */
    OTHER
  }

  /** The kind of measure. */
  Kind kind();

  /**
   * What exactly is to be done; required for {@link Kind#OTHER}. May name persons, so personal data.
   */
  @PersonalData
  @Value.Redacted
  Optional<String> description();

  @Value.Check
  default void check() {
    description()
        .ifPresent(d -> checkArgument(!d.isBlank(), "AssistanceMeasure.description must not be blank (%s)", kind()));
    checkArgument(
        kind() != Kind.OTHER || description().isPresent(),
        "AssistanceMeasure.description is required for kind OTHER");
  }

  /** A measure of {@code kind} without further description; not for {@link Kind#OTHER}. */
  static AssistanceMeasure of(Kind kind) {
    return builder().kind(kind).build();
  }

  /** A measure of kind {@link Kind#OTHER} described by {@code description} (personal data). */
  static AssistanceMeasure other(String description) {
    return builder().kind(Kind.OTHER).description(description).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a measure of assistance. */
  final class Builder extends ImmutableAssistanceMeasure.Builder {}
}
