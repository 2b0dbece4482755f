package org.treatyflow.model.reply;

import java.util.List;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Violation;

/**
 * A reply or decision sent on a request: it belongs to the family of the request it answers.
 *
 * <p>Legal basis: BC 27(7); WC 41.
 */
public interface Reply extends CooperationAct {
  /** Reference, request answered, Parties, authorities, date and channel. */
  ReplyHeader header();

  /** The family of the request answered, from the header. */
  @Override
  default RequestFamily family() {
    return header().family();
  }

  /**
   * Every item of content the treaties require of this reply that is missing, each citing its
   * article; empty when complete. Never null.
   */
  @Override
  List<Violation> completenessViolations();
}
