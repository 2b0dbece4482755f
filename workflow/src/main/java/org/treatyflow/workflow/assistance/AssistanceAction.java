package org.treatyflow.workflow.assistance;

/**
 * The steps of the common mutual assistance skeleton and of the families built on it. Each family's
 * table says which it knows, from which status, and under which article.
 */
public enum AssistanceAction {
  /** The requesting Party sends a draft to check it first (WC 34(6)); starts no deadline. */
  CONSULT_DRAFT,
  /** The requesting Party sends the request. */
  SUBMIT,
  /** The requested Party registers it. */
  RECEIVE,
  /** The requested Party starts action and may say so (WC 41(1)(a)). */
  ACKNOWLEDGE,
  /** The requested Party asks for amendments or more information (WC 38(1)-(2); 2AP 10). */
  REQUEST_AMENDMENT,
  /** The requesting Party sends the amendments asked for. */
  SUPPLY_AMENDMENT,
  /** The time limit set for the amendments passed without them (WC 38(2)). */
  CLOSE_INCOMPLETE,
  /** The requested Party reports that the confidentiality asked for cannot be kept (BC 27(8); WC 43(1)). */
  REPORT_CONFIDENTIALITY_IMPOSSIBLE,
  /** The requesting Party decides that the request is to be executed all the same. */
  CONFIRM_EXECUTION,
  /** The requested Party accepts the request for execution. */
  ACCEPT,
  /** The requested Party grants in part or under conditions (BC 27(6), 28(2); WC 30). */
  GRANT_CONDITIONALLY,
  /** The requesting Party accepts the conditions, which then bind it (BC 28(3)). */
  ACCEPT_CONDITIONS,
  /** The requesting Party says it cannot meet a condition; the requested Party decides (BC 28(3)). */
  DECLINE_CONDITIONS,
  /** The requested Party postpones action (BC 27(5); WC 29). */
  POSTPONE,
  /** The reason for postponing has lapsed; review resumes. */
  RESUME,
  /** The requested Party refuses (BC 25(4), 27(4); WC 28). */
  REFUSE,
  /** The requested Party starts executing. */
  START_EXECUTION,
  /** The requested Party reports circumstances making execution impossible or significantly delayed (BC 27(7); WC 41(1)(d)). */
  REPORT_DELAY,
  /** The requested Party sends part of the results while execution goes on (e.g. monitoring, WC 19). */
  TRANSMIT_INTERIM_RESULT,
  /** The requested Party sends the results (WC 41(1)(b)). */
  TRANSMIT_RESULT,
  /** The supplying Party asks how the information was used under a condition (BC 28(4)). */
  REQUEST_USE_EXPLANATION,
  /** The case is closed. */
  CLOSE,
  /** The requesting Party withdraws the request, e.g. because action is no longer justified (WC 41(2)(b)). */
  WITHDRAW,
  /** A provisional measure is put in force (WC 21, 22). */
  TAKE_MEASURE,
  /** The requesting Party sends information that may change the scope of the measure (WC 22(1)). */
  UPDATE_MEASURE,
  /** The requested Party gives notice that it intends to lift the measure (WC 22(2)). */
  GIVE_NOTICE_OF_LIFTING,
  /** After hearing the requesting Party, the requested Party keeps the measure (WC 22(2)). */
  MAINTAIN_MEASURE,
  /** The measure is lifted (WC 22(2); domestic law, WC 41(1)(e)). */
  LIFT_MEASURE,
  /** Confiscation is enforced or a domestic order obtained and executed (WC 23-24). */
  CONFISCATE,
  /** The requested Party disposes of confiscated property under its own law (WC 25(1)). */
  DISPOSE,
  /** The requested Party returns the property to the requesting Party (WC 25(2)). */
  RETURN_PROPERTY,
  /** The Parties share the property under an agreement or arrangement (WC 25(3)). */
  SHARE_PROPERTY
}
