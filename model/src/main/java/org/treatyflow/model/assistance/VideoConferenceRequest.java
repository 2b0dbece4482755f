package org.treatyflow.model.assistance;

import static com.google.common.base.Preconditions.checkArgument;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.HeaderRules;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.person.Person;
import org.treatyflow.model.person.PersonRole;

/**
 * A request that a witness or expert on the requested Party's territory be heard by video
 * conference.
 *
 * <p>Legal basis: 2AP 11 (unverified in detail): testimony and statements of witnesses or experts
 * taken by video conference, where no mutual assistance treaty applies or as the Parties agree.
 * Every rule of this type is therefore marked {@link Verification#UNVERIFIED}.
 */
@Value.Immutable
public interface VideoConferenceRequest extends Request {

  /** The content this request must have. */
  CompletenessRules<VideoConferenceRequest> REQUIRED_CONTENT =
      CompletenessRules.<VideoConferenceRequest>builder()
          .add(
              CompletenessRule.require(
                  "2AP_11_PERSON_TO_BE_HEARD",
                  SECOND_PROTOCOL.cite(11),
                  "personToBeHeard",
                  Verification.UNVERIFIED,
                  r -> r.personToBeHeard().isPresent(),
                  "The request must name the witness or expert to be heard.",
                  "La demande doit désigner le témoin ou l'expert à entendre."))
          .add(
              CompletenessRule.require(
                  "2AP_11_PROPOSED_DATE",
                  SECOND_PROTOCOL.cite(11),
                  "proposedDate",
                  Verification.UNVERIFIED,
                  r -> r.proposedDate().isPresent(),
                  "The request must propose a date for the hearing.",
                  "La demande doit proposer une date pour l'audition."))
          .add(HeaderRules.legalBasisInvokes(RequestFamily.VIDEO_CONFERENCE))
          .build();

  /** The witness or expert to be heard; role {@link PersonRole#WITNESS_OR_EXPERT}. */
  Optional<Person> personToBeHeard();

  /** Whether the person is heard as a witness or as an expert. */
  HearingCapacity capacity();

  /** The date proposed for the hearing. */
  Optional<LocalDate> proposedDate();

  /** The language in which the hearing is to be held, if stated. */
  Optional<Language> languageOfHearing();

  /** Whether an interpreter is needed at the hearing. False unless set. */
  @Value.Default
  default boolean interpreterNeeded() {
    return false;
  }

  @Value.Check
  default void check() {
    personToBeHeard()
        .ifPresent(
            p ->
                checkArgument(
                    p.role() == PersonRole.WITNESS_OR_EXPERT,
                    "VideoConferenceRequest.personToBeHeard must have role WITNESS_OR_EXPERT, was %s",
                    p.role()));
  }

  @Override
  default RequestFamily family() {
    return RequestFamily.VIDEO_CONFERENCE;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a request for a hearing by video conference. */
  final class Builder extends ImmutableVideoConferenceRequest.Builder {}
}
