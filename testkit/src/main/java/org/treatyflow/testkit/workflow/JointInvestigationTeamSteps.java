package org.treatyflow.testkit.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.treatyflow.model.assistance.JointInvestigationTeamAgreement;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.assistance.JointInvestigationTeamAction;
import org.treatyflow.workflow.assistance.JointInvestigationTeamStatus;

/**
 * Steps of an agreement on a joint investigation team (2AP 12) for generated runs ({@link
 * WorkflowChains}). An agreement is not a request: it has no requesting or requested Party, and its
 * actors are the competent authorities it names. Nine times in ten a step is taken by one of them
 * (for a signature, one whose Party has not signed yet, so that agreements get concluded);
 * otherwise by an authority of a participating Party that the agreement does not name. An
 * extension names, three times in four, the other agreement under which the team continues.
 *
 * <p>To reach every line, run agreements between Parties the registry binds by the Protocol, with
 * an end date the run's pauses can pass, starting a little before the team's start date.
 */
public final class JointInvestigationTeamSteps {
  private JointInvestigationTeamSteps() {}

  /** The step maker. */
  public static StepMaker<JointInvestigationTeamAgreement, JointInvestigationTeamStatus, JointInvestigationTeamAction>
      maker() {
    return (caseFile, action, environment) -> {
      JointInvestigationTeamAgreement agreement = caseFile.request();
      List<Authority> named = agreement.competentAuthorities();
      List<Authority> right = new ArrayList<>(named);
      if (action == JointInvestigationTeamAction.SIGN) {
        Set<Party> signed = signatories(caseFile);
        List<Authority> unsigned = named.stream().filter(a -> !signed.contains(a.party())).toList();
        if (!unsigned.isEmpty()) {
          right = new ArrayList<>(unsigned);
        }
      }
      List<Authority> strangers = new ArrayList<>();
      for (Party party : agreement.parties()) {
        strangers.add(Authority.of(party, AuthorityRole.POLICE, "Police not named in the agreement"));
      }
      Arbitrary<Authority> actors =
          Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.of(right)), Tuple.of(1, Arbitraries.of(strangers)));
      Arbitrary<Integer> extension =
          Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(1, 1), Tuple.of(1, 2));
      return Combinators.combine(actors, extension, Arbitraries.integers().between(0, 99_999))
          .as(
              (actor, kind, serial) -> {
                Optional<RequestId> followUp = Optional.empty();
                if (action == JointInvestigationTeamAction.EXTEND) {
                  followUp =
                      switch (kind) {
                        case 0 -> Optional.of(RequestId.of(agreement.reference().value() + "-EXT-" + serial));
                        case 1 -> Optional.of(agreement.reference());
                        default -> Optional.empty();
                      };
                }
                return new StepInput(actor, Optional.empty(), followUp);
              });
    };
  }

  /** The Parties whose competent authority has signed, read from the case's history. */
  public static Set<Party> signatories(
      CaseFile<JointInvestigationTeamAgreement, JointInvestigationTeamStatus, JointInvestigationTeamAction> caseFile) {
    return caseFile.history().stream()
        .filter(e -> e.action() == JointInvestigationTeamAction.SIGN)
        .map(HistoryEvent::actor)
        .map(Authority::party)
        .collect(Collectors.toSet());
  }
}
