/**
 * Models the grounds on which a requested Party may refuse or postpone cooperation under the
 * Budapest Convention, its Second Protocol and the Warsaw Convention, and the reasons the treaties
 * forbid as grounds.
 *
 * <p>Start from {@link org.treatyflow.model.refusal.GroundForRefusal} (each ground with its
 * articles, the families it may be raised against and its conditions), {@link
 * org.treatyflow.model.refusal.RefusalGrounds#available} (the pure function that applies those
 * conditions), {@link org.treatyflow.model.refusal.InadmissibleReason} (bank secrecy and the other
 * reasons that must be rejected) and {@link org.treatyflow.model.refusal.GroundForPostponement}.
 *
 * <p>Legal basis: BC 25(4), 27(4)-(5), 29(4)-(6), 30(2); 2AP 7(5)(c), 8(8) (unverified); WC 28, 29,
 * 32(2), 46(6), 47(2).
 */
@CooperationStyle
package org.treatyflow.model.refusal;

import org.treatyflow.model.common.CooperationStyle;
