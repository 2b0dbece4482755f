package org.treatyflow.testkit.workflow;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.transborder.TransBorderAccessRecord;
import org.treatyflow.workflow.transborder.TransBorderAccessAction;
import org.treatyflow.workflow.transborder.TransBorderAccessStatus;

/**
 * Steps of the record of a trans-border access (BC 32) for generated runs ({@link WorkflowChains}):
 * nine times in ten by the accessing authority the record names; otherwise by a service provider of
 * the accessing Party or, where the record names it, by a police authority of the Party where the
 * data is stored. No step carries a document: under BC 32 nothing is exchanged.
 *
 * <p>Each record rests on one case of BC 32, so a run takes one of the two lines; run records of
 * both bases, by Parties the registry binds by the Convention on the day of the access.
 */
public final class TransBorderAccessSteps {
  private TransBorderAccessSteps() {}

  /** The step maker. */
  public static StepMaker<TransBorderAccessRecord, TransBorderAccessStatus, TransBorderAccessAction> maker() {
    return (caseFile, action, environment) -> {
      TransBorderAccessRecord record = caseFile.request();
      Authority provider = Authority.of(record.accessingParty(), AuthorityRole.SERVICE_PROVIDER, "Service provider");
      Authority foreign =
          record.storedIn().map(p -> Authority.of(p, AuthorityRole.POLICE, "Police")).orElse(provider);
      Arbitrary<Authority> actors =
          Arbitraries.frequency(
              Tuple.of(18, record.accessingAuthority()), Tuple.of(1, provider), Tuple.of(1, foreign));
      return actors.map(StepInput::by);
    };
  }
}
