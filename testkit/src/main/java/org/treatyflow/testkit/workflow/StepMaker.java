package org.treatyflow.testkit.workflow;

import net.jqwik.api.Arbitrary;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Environment;

/**
 * How to take a step of a family in a generated run: the actors and documents to try for an action
 * in the case as it stands. A good maker mostly proposes what the rules allow (the right Party, a
 * complete and admissible document) and sometimes what they forbid, so that runs go deep and
 * rejections are exercised too.
 *
 * @param <R> the family's act
 * @param <S> its statuses
 * @param <A> its actions
 */
@FunctionalInterface
public interface StepMaker<R extends CooperationAct, S extends Enum<S>, A extends Enum<A>> {
  /** The inputs to try for {@code action} on {@code caseFile}, now. */
  Arbitrary<StepInput> inputs(CaseFile<R, S, A> caseFile, A action, Environment environment);
}
