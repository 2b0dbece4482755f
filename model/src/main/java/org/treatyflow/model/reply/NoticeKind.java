package org.treatyflow.model.reply;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.WARSAW;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.treatyflow.model.common.ArticleCitation;

/**
 * What an {@link InformationNotice} informs of, with the provision that requires it and who sends
 * it.
 *
 * <p>Adding a constant is a breaking change: callers switch over kinds.
 */
public enum NoticeKind {
  /** The action initiated on the request (WC 41(1)(a)). */
  ACTION_INITIATED(Sender.REQUESTED_PARTY, WARSAW.cite(41, 1, "a")),
  /** The final result of the action (WC 41(1)(b)). */
  FINAL_RESULT(Sender.REQUESTED_PARTY, WARSAW.cite(41, 1, "b")),
  /** A decision to refuse, postpone or attach conditions, wholly or partly (WC 41(1)(c)). */
  DECISION_TO_REFUSE_POSTPONE_OR_CONDITION(Sender.REQUESTED_PARTY, WARSAW.cite(41, 1, "c")),
  /** Circumstances making the action impossible or likely to delay it significantly (WC 41(1)(d)). */
  IMPOSSIBILITY_OR_DELAY(Sender.REQUESTED_PARTY, WARSAW.cite(41, 1, "d")),
  /** Domestic provisions that would automatically lift a provisional measure (WC 41(1)(e)). */
  AUTOMATIC_LIFTING_OF_PROVISIONAL_MEASURE(Sender.REQUESTED_PARTY, WARSAW.cite(41, 1, "e")),
  /** Facts making the confiscation order wholly or partly unenforceable (WC 41(2)(a)). */
  CONFISCATION_ORDER_UNENFORCEABLE(Sender.REQUESTING_PARTY, WARSAW.cite(41, 2, "a")),
  /** Developments meaning that action is no longer justified (WC 41(2)(b)). */
  ACTION_NO_LONGER_JUSTIFIED(Sender.REQUESTING_PARTY, WARSAW.cite(41, 2, "b")),
  /** Confiscation on the same order is requested in more than one Party (WC 41(3)). */
  CONFISCATION_REQUESTED_IN_SEVERAL_PARTIES(Sender.REQUESTING_PARTY, WARSAW.cite(41, 3)),
  /** The confidentiality of the request cannot be kept (BC 27(8); WC 43(1)). */
  CONFIDENTIALITY_CANNOT_BE_KEPT(
      Sender.REQUESTED_PARTY, BUDAPEST.cite(27, 8), WARSAW.cite(43, 1)),
  /** A condition of use set by the requested Party cannot be met (BC 28(3)). */
  CONDITION_CANNOT_BE_MET(Sender.REQUESTING_PARTY, BUDAPEST.cite(28, 3)),
  /**
   * The conditions attached to spontaneous information cannot be complied with (BC 26(2); WC
   * 43(3)).
   */
  SPONTANEOUS_INFORMATION_CONDITIONS_CANNOT_BE_MET(
      Sender.RECIPIENT_OF_SPONTANEOUS_INFORMATION, BUDAPEST.cite(26, 2), WARSAW.cite(43, 3));

  /** Who sends a notice of a kind. */
  public enum Sender {
    /** The Party that received the request. */
    REQUESTED_PARTY,
    /** The Party that sent the request. */
    REQUESTING_PARTY,
    /** The Party that received spontaneous information. */
    RECIPIENT_OF_SPONTANEOUS_INFORMATION
  }

  private final Sender sender;
  private final ImmutableList<ArticleCitation> citations;

  NoticeKind(Sender sender, ArticleCitation... citations) {
    this.sender = sender;
    this.citations = ImmutableList.copyOf(citations);
  }

  /** Who sends a notice of this kind. */
  public Sender sender() {
    return sender;
  }

  /** The provisions requiring the notice, never empty; the first is the principal one. */
  public List<ArticleCitation> citations() {
    return citations;
  }
}
