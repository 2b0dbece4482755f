/**
 * Cooperation between Financial Intelligence Units under Chapter V of the Warsaw Convention: the
 * exchange of information on money laundering and the international postponement of suspicious
 * transactions.
 *
 * <p>Start from {@link org.treatyflow.model.fiu.FiuInformationRequest} (WC 46) and {@link
 * org.treatyflow.model.fiu.FiuPostponementRequest} (WC 47) with its {@link
 * org.treatyflow.model.fiu.Transaction}. Chapter V is outside the sections of Chapter IV: the WC 37
 * content rules do not apply, and a request travels FIU to FIU without a formal letter of request.
 */
@CooperationStyle
package org.treatyflow.model.fiu;

import org.treatyflow.model.common.CooperationStyle;
