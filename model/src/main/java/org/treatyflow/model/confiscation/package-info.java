/**
 * Requests for confiscation and for the disposal of confiscated property, under Section 4 of
 * Chapter IV of the Warsaw Convention (WC 23-27).
 *
 * <p>Start from {@link org.treatyflow.model.confiscation.ConfiscationRequest} (enforcing a foreign
 * order or obtaining a domestic one, WC 23) and {@link
 * org.treatyflow.model.confiscation.DisposalRequest} (return to victims or legitimate owners, or
 * sharing, WC 25).
 */
@CooperationStyle
package org.treatyflow.model.confiscation;

import org.treatyflow.model.common.CooperationStyle;
