package org.treatyflow.testkit.workflow;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.disclosure.EmergencyDisclosureRequest;
import org.treatyflow.model.reply.ConditionalGrant;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.disclosure.EmergencyDisclosureAction;
import org.treatyflow.workflow.disclosure.EmergencyDisclosureStatus;
import org.treatyflow.workflow.disclosure.EmergencyDisclosureWorkflow;

/**
 * How to take the steps of a request for expedited disclosure in an emergency between 24/7 points
 * of contact ({@link EmergencyDisclosureWorkflow}, 2AP 9) in a generated run: nine times in ten by
 * whom the step belongs to, with the document the step needs (the results carrying the accepted
 * conditions, the conditions proposed, a refusal answering the request) and the request submitted
 * after execution, each right three times in four.
 *
 * <p>The maker neither reads nor assumes a registry or policy. To reach every line, run it with
 * requests to Parties of a registry in which the Second Protocol is in force, one of which declared
 * under 2AP 9(5) (submission after execution) and one of which did not (closing after the data),
 * with oral requests awaiting confirmation among them ({@link
 * org.treatyflow.workflow.DomesticPolicy#requiresElectronicConfirmation} decides whether the data
 * waits for the confirmation).
 */
public final class EmergencyDisclosureSteps {
  /** The steps the requesting Party takes; the requested Party takes the others, either Party closes. */
  private static final Set<EmergencyDisclosureAction> BY_REQUESTING_PARTY =
      EnumSet.of(
          EmergencyDisclosureAction.SEND,
          EmergencyDisclosureAction.CONFIRM_ELECTRONICALLY,
          EmergencyDisclosureAction.ACCEPT_CONDITIONS,
          EmergencyDisclosureAction.SUBMIT_AFTER_EXECUTION,
          EmergencyDisclosureAction.WITHDRAW);

  private EmergencyDisclosureSteps() {}

  /**
   * The inputs for a step of 2AP 9: the requesting Party's steps by its 24/7 point of contact
   * ({@link #pointOfContact}; otherwise by the requested Party's), the requested Party's by its
   * 24/7 point of contact (otherwise by the provider), {@code CLOSE} by either. {@code
   * PROVIDE_DATA} carries a transmission of results with every condition accepted ({@link
   * EmergencyDisclosureWorkflow#acceptedUseConditions}); when not right, none, or no document.
   * {@code PROPOSE_CONDITIONS} carries a conditional grant stating a condition (or none). {@code
   * DECLINE} carries a refusal of this request or no document (or a refusal of another request).
   * {@code SUBMIT_AFTER_EXECUTION} names the request submitted (or not).
   */
  public static StepMaker<EmergencyDisclosureRequest, EmergencyDisclosureStatus, EmergencyDisclosureAction> maker() {
    return (caseFile, action, environment) -> {
      RequestHeader header = caseFile.request().header();
      Authority requesting = pointOfContact(header.requestingParty(), header.requestingAuthority());
      Authority requested = pointOfContact(header.requestedParty(), header.requestedAuthority().orElse(requesting));
      Authority provider = provider(caseFile.request());
      Arbitrary<Authority> actors;
      if (BY_REQUESTING_PARTY.contains(action)) {
        actors = Arbitraries.frequency(Tuple.of(9, requesting), Tuple.of(1, requested));
      } else if (action == EmergencyDisclosureAction.CLOSE) {
        actors = Arbitraries.frequency(Tuple.of(5, requesting), Tuple.of(4, requested), Tuple.of(1, provider));
      } else {
        actors = Arbitraries.frequency(Tuple.of(9, requested), Tuple.of(1, provider));
      }
      Arbitrary<Boolean> valid = Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false));
      return Combinators.combine(actors, valid, Arbitraries.integers().between(0, 99_999))
          .as((actor, right, serial) -> input(caseFile, action, actor, right, serial, today(environment, actor)));
    };
  }

  private static LocalDate today(org.treatyflow.workflow.Environment environment, Authority actor) {
    return LocalDate.ofInstant(environment.clock().instant(), environment.policy().timeZone(actor.party()));
  }

  private static StepInput input(
      CaseFile<EmergencyDisclosureRequest, EmergencyDisclosureStatus, EmergencyDisclosureAction> caseFile,
      EmergencyDisclosureAction action,
      Authority actor,
      boolean right,
      int serial,
      LocalDate today) {
    EmergencyDisclosureRequest request = caseFile.request();
    RequestId answers = request.header().id();
    switch (action) {
      case PROVIDE_DATA:
        if (!right && serial % 2 == 0) {
          return StepInput.by(actor);
        }
        ResultTransmission.Builder result =
            ResultTransmission.builder()
                .header(header(request, answers, actor, today, serial))
                .addAllDataItems(request.dataSought())
                .addDocuments("Data obtained from the provider");
        if (right) {
          result.addAllUseConditions(EmergencyDisclosureWorkflow.acceptedUseConditions(caseFile));
        }
        return StepInput.by(actor, result.build());
      case PROPOSE_CONDITIONS:
        ConditionalGrant.Builder grant =
            ConditionalGrant.builder()
                .header(header(request, answers, actor, today, serial))
                .reasons("The data concern a domestic investigation as well.");
        if (right) {
          grant.addUseConditions(UseCondition.PURPOSE_LIMITED);
        }
        return StepInput.by(actor, grant.build());
      case DECLINE:
        if (right && serial % 2 == 0) {
          return StepInput.by(actor);
        }
        Reply refusal =
            Refusal.builder()
                .header(
                    header(request, right ? answers : RequestId.of("OTHER-REQUEST-" + serial), actor, today, serial))
                .reasons("The conditions for an emergency are not met.")
                .build();
        return StepInput.by(actor, refusal);
      case SUBMIT_AFTER_EXECUTION:
        return new StepInput(
            actor,
            Optional.empty(),
            right ? Optional.of(RequestId.of("MLA-AFTER-EXECUTION-" + serial)) : Optional.empty());
      default:
        return StepInput.by(actor);
    }
  }

  /** {@code named} if it is a 24/7 point of contact of {@code party}; otherwise the Party's point of contact. */
  public static Authority pointOfContact(Party party, Authority named) {
    return named.party().equals(party) && named.role() == AuthorityRole.POINT_OF_CONTACT_24_7
        ? named
        : Authority.of(party, AuthorityRole.POINT_OF_CONTACT_24_7, "24/7 point of contact");
  }

  /** The provider the request names, or a provider in the requested Party. */
  public static Authority provider(EmergencyDisclosureRequest request) {
    return request
        .provider()
        .orElse(Authority.of(request.header().requestedParty(), AuthorityRole.SERVICE_PROVIDER, "Service provider"));
  }

  private static ReplyHeader header(
      EmergencyDisclosureRequest request, RequestId answers, Authority actor, LocalDate today, int serial) {
    return AssistanceDocuments.replyHeader(request, answers, actor, today, "EDR-REPLY-" + serial);
  }

}
